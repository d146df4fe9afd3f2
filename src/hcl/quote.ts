export { goQuote } from "../cty/quote.js";
