/**
 * The lines of a CSV as RFC 4180 writes them (csv-stringify's output): fields split on commas outside
 * double quotes, `""` inside quotes an escaped quote. Enough to read the report back in tests.
 */
export function csvLines(csv: string): string[][] {
  const lines: string[][] = [];
  let line: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const char = csv[i]!;
    if (quoted) {
      if (char === '"' && csv[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      line.push(field);
      field = '';
    } else if (char === '\n') {
      line.push(field);
      lines.push(line);
      line = [];
      field = '';
    } else if (char !== '\r') field += char;
  }
  if (field || line.length) lines.push([...line, field]);
  return lines;
}
