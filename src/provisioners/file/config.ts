/** The `file` provisioner's config (packer-provisioners.md §4.3). */
import { attr, configSpec, packerCommon, t, type Infer } from "../../spec/index.js";

export const fileConfig = configSpec({
  ...packerCommon,
  source: attr(t.string).doc('A local file or directory to upload (or, with `direction = "download"`, a remote one).'),
  sources: attr(t.list(t.string)).doc(
    "Several files or directories to copy to the same destination, which should then end with `/`.",
  ),
  content: attr(t.string).doc("Text to upload as a file, instead of `source`."),
  destination: attr(t.string)
    .required()
    .doc(
      "Where to copy to: a path on the machine (upload) or a local path (download). End it with `/` to copy " +
        "into a folder; parent folders must already exist.",
    ),
  direction: attr(t.enum("upload", "download"))
    .default("upload")
    .doc("Whether to upload to or download from the machine."),
  generated: attr(t.bool)
    .default(false)
    .doc("The sources are created during the build, so do not check that they exist when preparing."),
})
  .describe(
    "file",
    "The `file` provisioner copies files and directories between the machine running the build and the machine being built.",
  )
  .conflictsWith("content", ["source", "sources"], "source(s) conflicts with content.")
  .example({ source: "app.conf", destination: "/tmp/app.conf" }, "Upload a file")
  .example({ content: "hello\n", destination: "/tmp/hello.txt" }, "Upload inline content")
  .example({ source: "/var/log/cloud-init.log", destination: "logs/", direction: "download" }, "Download a log");

export type FileConfig = Infer<typeof fileConfig>;
