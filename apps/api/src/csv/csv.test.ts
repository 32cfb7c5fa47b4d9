import { describe, expect, it } from "vitest";
import { parseCsv } from "./parse-csv.ts";
import { writeCsv, writeCsvField } from "./write-csv.ts";

describe("parseCsv", () => {
  it("reads quoted fields holding commas, doubled quotes and newlines", () => {
    const text = 'name,note\r\n"Acme, Inc.","said ""hi""\r\nthen left"\r\nplain,x\r\n';
    expect(parseCsv(text)).toEqual({
      ok: true,
      rows: [
        ["name", "note"],
        ["Acme, Inc.", 'said "hi"\r\nthen left'],
        ["plain", "x"],
      ],
    });
  });

  it("accepts LF line ends, a BOM, empty fields and no final newline", () => {
    expect(parseCsv('\uFEFFa,,c\n,\n"",x')).toEqual({
      ok: true,
      rows: [
        ["a", "", "c"],
        ["", ""],
        ["", "x"],
      ],
    });
  });

  it("keeps an empty line as one empty field (callers skip blank records)", () => {
    expect(parseCsv("a\n\nb\n")).toEqual({ ok: true, rows: [["a"], [""], ["b"]] });
  });

  it("reports an unclosed quote with the line it opened on", () => {
    expect(parseCsv('a,b\nc,"open\nmore')).toEqual({
      ok: false,
      line: 2,
      message: expect.stringContaining("never closed"),
    });
  });

  it("reports a stray quote in an unquoted field and text after a closing quote", () => {
    expect(parseCsv('a,b"c')).toMatchObject({ ok: false, line: 1 });
    expect(parseCsv('"a"b,c')).toMatchObject({ ok: false, line: 1 });
  });
});

describe("writeCsv", () => {
  it("quotes only what needs quoting and uses CRLF", () => {
    expect(
      writeCsv([
        ["a", "b c", 'q"uote', "x,y", "line\nbreak", " pad"],
        [1, -2.5, null, undefined, true, ""],
      ]),
    ).toBe('a,b c,"q""uote","x,y","line\nbreak"," pad"\r\n1,-2.5,,,true,\r\n');
  });

  it.each(["=SUM(A1)", "+1", "-1+2", "@cmd", "\tx"])("neutralises %j against formula injection", (value) => {
    expect(writeCsvField(value).replace(/^"/, "")).toMatch(/^'/);
  });

  it("leaves numbers (negative deltas) alone", () => {
    expect(writeCsvField(-3)).toBe("-3");
  });

  it("round-trips awkward names through parseCsv (after neutralising)", () => {
    const rows = [["Acme, Inc.", 'The "Best" Co', "two\r\nlines", "=cmd", "normal"]];
    const parsed = parseCsv(writeCsv(rows));
    expect(parsed).toEqual({ ok: true, rows: [["Acme, Inc.", 'The "Best" Co', "two\r\nlines", "'=cmd", "normal"]] });
  });
});
