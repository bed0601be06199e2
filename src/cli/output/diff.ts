/**
 * --diff output: the unified diff made for each changed file, colored like git on a
 * terminal (red removals, green additions, cyan hunk headers) and plain when piped
 * or when NO_COLOR is set. A file whose text is unchanged but whose bytes are not
 * (Latin-1 re-encoded as UTF-8, a BOM dropped) shows only its two header lines,
 * which name the encodings: "--- a/x.txt\tiso-8859-1" / "+++ b/x.txt\tutf-8".
 */
import pc from "picocolors";
import type { CliIo } from "../io.js";

/** Color when stdout is a terminal and the user has not asked for none (https://no-color.org). */
export function diffColorsWanted(io: CliIo): boolean {
  const noColor = io.env.NO_COLOR;
  return Boolean(io.stdout.isTTY) && (noColor === undefined || noColor === "");
}

/** Drop the "=====" underline createTwoFilesPatch puts first, and color if asked. */
export function formatPatch(patch: string, color: boolean): string {
  const lines = patch.split("\n");
  if (lines[0]?.startsWith("=")) lines.shift();
  if (!color) return lines.join("\n");
  const colors = pc.createColors(true);
  return lines
    .map((line) => {
      if (line.startsWith("+++") || line.startsWith("---")) return colors.bold(line);
      if (line.startsWith("@@")) return colors.cyan(line);
      if (line.startsWith("+")) return colors.green(line);
      if (line.startsWith("-")) return colors.red(line);
      return line;
    })
    .join("\n");
}
