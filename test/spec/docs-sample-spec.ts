/**
 * A test-only config that uses every feature of the authoring API, so its
 * docs page shows each one and the writers' round trips cover every shape:
 * nested block (required fields, its own rules, a block list nested in it),
 * block list with limits, block map, map, object, set, any, enum, list of
 * enums, duration, list of durations, list(int) with a check, number,
 * derived default, deprecation, sensitivity, undocumented fields, the
 * PackerConfig group, field examples, whole-config examples, every group
 * rule kind and a whole-config validator.
 */
import { attr, block, blockList, blockMap, configSpec, packerCommon, t } from "../../src/spec/index.js";

const partition = configSpec(
  {
    label: attr(t.string).required().doc("The partition's label."),
    size_mb: attr(t.int).default(1024).doc("Its size in MiB."),
    filesystem: attr(t.enum("ext4", "xfs", "vfat"))
      .default("ext4")
      .doc("The file system to create on it."),
  },
  { doc: "One partition of the disk, in order." },
);

const disk = configSpec(
  {
    device: attr(t.string).required().doc("The device path, such as `/dev/sdb`."),
    wipe: attr(t.bool).default(false).doc("Erase the device first."),
    mount_options: attr(t.set(t.string)).doc("Options passed to `mount`; duplicates are dropped."),
    serial: attr(t.string).undocumented(),
    partition: blockList(partition).minItems(1).maxItems(4).doc("The partitions to create."),
  },
  { doc: "A disk to prepare before provisioning." },
).conflictsWith("wipe", ["mount_options"]);

const step = configSpec({
  command: attr(t.string).required().doc("The command to run."),
  timeout: attr(t.duration).default(30_000).example(120_000).doc("How long the command may run."),
  env: attr(t.map(t.string)).doc("Extra environment variables."),
});

const mirror = configSpec({
  url: attr(t.string).required().doc("The mirror's base URL."),
  weight: attr(t.number).default(1).doc("Relative share of downloads, such as `0.5`."),
});

export const sampleConfig = configSpec({
  ...packerCommon,
  name: attr(t.string).required().doc("A name for this run, shown in the build output."),
  mode: attr(t.enum("fast", "safe")).default("safe").doc("How careful to be."),
  source_url: attr(t.string).doc("Where to download the payload from."),
  source_file: attr(t.string).doc("A local payload file."),
  message: attr(t.string).example("hello ${name}").doc("Text to print first. `${…}` in it is literal text."),
  ports: attr(t.list(t.int))
    .default([22])
    .check((ps) => (ps.some((p) => p < 1 || p > 65535) ? "Ports must be between 1 and 65535." : undefined), {
      items: { minimum: 1, maximum: 65535 },
    })
    .example([22, 8080])
    .doc("TCP ports to open."),
  ratio: attr(t.number).doc("A tuning ratio."),
  labels: attr(t.map(t.string)).example({ team: "infra", "cost.center": "42" }).doc("Labels to attach, as a map."),
  owner: attr(t.object({ name: t.string, email: t.string }))
    .example({ name: "Ops", email: "ops@example.com" })
    .doc("Who to contact."),
  tags: attr(t.set(t.string)).doc("Free-form tags."),
  extra: attr(t.any).doc("Anything else, passed through untouched."),
  wait: attr(t.duration).default(90_000).example(150_000).doc("How long to wait before starting."),
  poll_intervals: attr(t.list(t.duration)).doc("Back-off intervals between polls."),
  platforms: attr(t.list(t.enum("linux", "windows"))).doc("Platforms to run on."),
  name_prefix: attr(t.string)
    .defaultFrom((c) => `${String(c["mode"])}-`, '`"<mode>-"`')
    .doc("Prefix of generated names."),
  legacy_mode: attr(t.string).deprecated("mode", "It will be removed in 2.0.").doc("The old name of `mode`."),
  api_token: attr(t.string).sensitive().doc("A token for the payload server."),
  internal_flag: attr(t.bool).undocumented(),
  disk: block(disk).doc("A disk to prepare."),
  step: blockList(step).maxItems(3).doc("Commands to run, in order."),
  mirror: blockMap(mirror, "name").doc("Download mirrors by name."),
})
  .describe("sample", "A test-only component that uses every feature of the config-spec API.")
  .exactlyOneOf(["source_url", "source_file"])
  .atLeastOneOf(["labels", "owner", "tags"])
  .atMostOneOf(["ratio", "extra"])
  .conflictsWith("legacy_mode", ["mode"])
  .validate((c, ctx) => {
    if (c.wait < 0) ctx.error("The wait cannot be negative.", ["wait"]);
  })
  .example({ name: "minimal", source_url: "https://example.com/payload.tgz", tags: ["ci"] }, "Minimal")
  .example(
    {
      name: "full",
      mode: "fast",
      source_file: "payload.tgz",
      message: "deploying ${var.env} at 100%{s}",
      ports: [22, 443],
      labels: { team: "infra", "cost.center": "42" },
      owner: { name: "Ops", email: "ops@example.com" },
      extra: { retries: 3, hosts: ["a", "b"], debug: null },
      wait: "2m30s",
      poll_intervals: ["1s", "1.5s", "1m"],
      platforms: ["linux"],
      disk: {
        device: "/dev/sdb",
        mount_options: ["noatime", "nodiratime"],
        partition: [
          { label: "root", size_mb: 8192 },
          { label: "swap", filesystem: "vfat" },
        ],
      },
      step: [{ command: "make", timeout: "10m", env: { CC: "clang" } }, { command: "make install" }],
      mirror: { eu: { url: "https://eu.example.com", weight: 0.75 }, us: { url: "https://us.example.com" } },
    },
    "Every kind of field",
  );
