/** Node-only pieces (the `plinth/node` entry): host access to the file system and environment. */
export { nodeHost } from "./functions/node-host.js";
