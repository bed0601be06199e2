/**
 * Short correct text in some 110 languages and every script they use, taken from the
 * CLDR data Node's ICU carries (nothing typed here): month and weekday names, full
 * dates, the names of languages, regions and currencies in each language, prices,
 * temperatures, relative times and lists. Short strings are where a wrong repair is
 * easiest (few letters to judge by), so every one must come out unchanged.
 * Example: localeStrings(["fr"]) includes "août", "vendredi 15 août 2025", "allemand".
 */

/** Languages asked of ICU (those it lacks are skipped). Codes only: the text comes from ICU. */
export const LOCALES = [
  "af", "am", "ar", "as", "ast", "az", "be", "bg", "bn", "bo", "br", "bs", "ca", "ckb", "co", "cs", "cy", "da", "de", "dz",
  "el", "en", "eo", "es", "et", "eu", "fa", "ff", "fi", "fil", "fo", "fr", "fy", "ga", "gd", "gl", "gu", "ha", "he", "hi",
  "hr", "hu", "hy", "ia", "id", "ig", "is", "it", "ja", "ka", "kk", "km", "kn", "ko", "kok", "ky", "lb", "lg", "ln", "lo",
  "lt", "lv", "mai", "mk", "ml", "mn", "mr", "ms", "mt", "my", "nb", "ne", "nl", "oc", "or", "pa", "pl", "ps", "pt", "rm",
  "ro", "ru", "rw", "sa", "sc", "sd", "se", "si", "sk", "sl", "so", "sq", "sr", "sv", "sw", "ta", "te", "tg", "th", "ti",
  "tk", "tr", "ug", "uk", "ur", "uz", "vi", "wo", "xh", "yo", "yue", "zh", "zh-Hant", "zu",
];

const REGIONS = ["US", "FR", "DE", "JP", "CN", "RU", "BR", "EG", "IN", "GR", "IL", "TR", "PL", "CZ", "VN", "KR", "TH", "ES", "IT", "SE"];
const CURRENCIES = ["USD", "EUR", "JPY", "GBP", "CNY", "RUB", "INR"];

/** The distinct strings for `locales` (default: all of LOCALES that ICU has). */
export function localeStrings(locales = LOCALES) {
  const supported = Intl.DateTimeFormat.supportedLocalesOf(locales);
  const texts = new Set();
  const add = (text) => {
    if (text) texts.add(text);
  };
  for (const locale of supported) {
    for (let month = 0; month < 12; month++) {
      const date = new Date(Date.UTC(2025, month, 15));
      for (const style of ["long", "short"]) add(new Intl.DateTimeFormat(locale, { month: style, timeZone: "UTC" }).format(date));
      add(new Intl.DateTimeFormat(locale, { dateStyle: "full", timeZone: "UTC" }).format(date));
      add(new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" }).format(date));
    }
    const names = (type, codes) => {
      try {
        const display = new Intl.DisplayNames([locale], { type });
        for (const code of codes) add(display.of(code));
      } catch {
        // ICU without display names for this locale: skip.
      }
    };
    names("language", supported);
    names("region", REGIONS);
    names("currency", CURRENCIES);
    add(new Intl.NumberFormat(locale, { style: "currency", currency: "EUR" }).format(1234.5));
    add(new Intl.NumberFormat(locale, { style: "unit", unit: "celsius" }).format(21.5));
    add(new Intl.RelativeTimeFormat(locale).format(-3, "day"));
    add(new Intl.ListFormat(locale).format(["A", "B", "C"]));
  }
  return [...texts];
}
