/** The `breakpoint` provisioner's config (packer-provisioners.md §4.4). */
import { attr, configSpec, packerCommon, t, type Infer } from "../../spec/index.js";

export const breakpointConfig = configSpec({
  ...packerCommon,
  disable: attr(t.bool).default(false).doc("Skip the pause, so the breakpoint can stay in the template."),
  note: attr(t.string).default("").doc("Text shown when the build pauses, to say which breakpoint this is."),
})
  .describe(
    "breakpoint",
    "The `breakpoint` provisioner pauses the build until you press Enter, so you can inspect the machine mid-build.",
  )
  .example({ note: "after installing packages" }, "Pause with a note");

export type BreakpointConfig = Infer<typeof breakpointConfig>;
