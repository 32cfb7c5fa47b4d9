/**
 * Whether text is an absolute http(s) URL, checked before the API is asked (the API validates again).
 *
 * @example isHttpUrl("https://spamtitan.example.com/restapi") === true
 */
export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text.trim());
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}
