/**
 * The top-level keys of one JSON object text, in order and with repeats, which JSON.parse hides
 * (it keeps the last value). For tests that check log lines carry each key once.
 */
export function topLevelKeys(text: string): string[] {
  const keys: string[] = [];
  let depth = 0;
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') {
      let end = i + 1;
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      if (depth === 1 && expectKey) keys.push(JSON.parse(text.slice(i, end + 1)) as string);
      expectKey = false;
      i = end;
    } else if (c === '{' || c === '[') {
      depth++;
      expectKey = c === '{' && depth === 1;
    } else if (c === '}' || c === ']') depth--;
    else if (c === ',' && depth === 1) expectKey = true;
  }
  return keys;
}

/** The keys that appear more than once at the top level of a JSON object text. */
export function repeatedTopLevelKeys(text: string): string[] {
  const keys = topLevelKeys(text);
  return [...new Set(keys.filter((k, i) => keys.indexOf(k) !== i))];
}
