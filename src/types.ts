/**
 * The data that crosses stage boundaries: what a repair did (a replayable step),
 * and the options a caller can give the pipeline.
 */

/** "utf-8 read as gbk": the text was `encoding` bytes, wrongly decoded as `readAs`. */
export interface EncodingPair {
  encoding: string;
  readAs: string;
}

/**
 * One step a fix took. `start`/`end` are UTF-16 offsets into the text as it was
 * just before this step (after all earlier steps were applied), so replaying the
 * steps in order on the input gives the output (see `applyChanges`).
 */
export interface Change {
  fix: string;
  start: number;
  end: number;
  before: string;
  after: string;
  /** For mojibake repairs: which mistake was undone. */
  encodingPair?: EncodingPair;
  /** True when a lost byte was restored from context: a plausible guess, not a certainty. */
  guess?: boolean;
}

export type UnicodeForm = "NFC" | "NFKC" | "none";
export type LineEnding = "lf" | "crlf" | "keep";

export interface FixOptions {
  /** Turn single fixes on or off by name (e.g. `{ "curly-quotes": false }`). */
  fixes?: Record<string, boolean>;
  /** Run only these fixes (by name); every other fix is off. */
  only?: string[];
  /** Keep only the fixes that repair damage; turn off every normalization. */
  repairOnly?: boolean;
  /** Unicode normalization form (default NFC). */
  normalize?: UnicodeForm;
  /** Line endings (default keep). */
  eol?: LineEnding;
}

export interface ByteFixOptions extends FixOptions {
  /** Skip detection and decode as this encoding (any name iconv-lite knows). */
  encoding?: string;
}
