/**
 * The bounds that keep a stream in constant memory. Every cut the stream makes is
 * decided from the content alone (never from where a read happened to end), so the
 * whole-buffer call, which runs the same segmentation, gives byte-identical output.
 */

/**
 * Bytes read before the encoding is decided (or the whole input when shorter); also
 * the window read from the first line that is not valid UTF-8 to choose the legacy
 * encoding for such lines. 64 KiB is ~30× the ~2 KB a legacy detector needs on short
 * texts, and small enough that holding it costs nothing.
 */
export const SAMPLE_BYTES = 64 * 1024;

/**
 * Lines are repaired in groups of whole lines of at most this many bytes (or UTF-16
 * units), so a clean stretch is passed through without decoding and a repair never
 * sees more than this at once, unless one line is longer.
 */
export const LINE_GROUP_SIZE = 64 * 1024;

/**
 * A line longer than this (bytes, or UTF-16 units for non-UTF-8 inputs) is cut into
 * pieces of at most this size, each repaired on its own, so a 20 MB line takes linear
 * time and bounded memory. 8 KiB, not the ~1 MB first planned: the mojibake search
 * grows faster than linearly with the length of one line (multilingual text, measured:
 * a 64 KB line 0.56 s, a 256 KB line 6.7 s; a 4 MB multilingual line in 64 KiB pieces
 * 9.3 s, in 8 KiB pieces 5.2 s, same output), and paragraphs longer are rare.
 */
export const LONG_LINE_LIMIT = 8 * 1024;

/**
 * A piece of a long line ends, when it can, after a space inside plain ASCII text
 * that reaches this far on both sides: no mojibake run, entity or escape sequence can
 * straddle such a point.
 */
export const SAFE_CUT_CONTEXT = 32;
