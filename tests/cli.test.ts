import { describe, expect, it } from "vitest";
import { runCli } from "./helpers/run-cli.js";

describe("the command line", () => {
  it("passes clean stdin through", async () => {
    const r = await runCli([], "plain text\n");
    expect(r).toMatchObject({ code: 0, stdout: "plain text\n", stderr: "" });
  });
  it("names a missing file, exits 2 and prints nothing on stdout", async () => {
    const r = await runCli(["no-such-file.txt"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/no-such-file\.txt: no such file/);
  });
  it("refuses an unknown encoding name as a usage error", async () => {
    const r = await runCli(["-e", "klingon-8"], "x");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown encoding 'klingon-8'/);
  });
});
