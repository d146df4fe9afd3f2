/**
 * The fields Packer squashes into every plugin config (`common.PackerConfig`,
 * packer-provisioners.md §2.5). Core sets them — a template could, but
 * should not — so they are documented as a group and hidden from the
 * per-field docs of each component, as Packer's docs do.
 */
import { defineGroup } from "./config.js";
import { attr } from "./fields.js";
import { t } from "./types.js";

export const packerCommon = defineGroup("PackerConfig", {
  packer_build_name: attr(t.string)
    .doc("The name of the build (the source's name); also exported as `PACKER_BUILD_NAME`.")
    .undocumented(),
  packer_builder_type: attr(t.string)
    .doc("The type of the builder (`amazon-ebs`, `docker` …); also exported as `PACKER_BUILDER_TYPE`.")
    .undocumented(),
  packer_core_version: attr(t.string).doc("The version of Packer (or Plinth) running the build.").undocumented(),
  packer_debug: attr(t.bool).doc("True when the build runs with `-debug`.").undocumented(),
  packer_force: attr(t.bool).doc("True when the build runs with `-force`.").undocumented(),
  packer_on_error: attr(t.enum("cleanup", "abort", "ask", "run-cleanup-provisioner"))
    .doc("What to do when the build fails (`-on-error`).")
    .undocumented(),
  packer_user_variables: attr(t.map(t.string)).doc("User variables of a legacy JSON template.").undocumented(),
  packer_sensitive_variables: attr(t.list(t.string))
    .doc("Names of the variables marked sensitive, so output can mask their values.")
    .undocumented(),
});
