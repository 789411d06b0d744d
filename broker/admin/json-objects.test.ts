import { JsonObjectSplitter, JsonStreamError } from './json-objects';

describe('JsonObjectSplitter', () => {
  it('splits concatenated objects across chunk boundaries, braces and escaped quotes inside strings included', () => {
    const splitter = new JsonObjectSplitter(1024);
    const text = '{"a":"}{\\"","b":[{"c":1}]} \n{"d":"é"}{}';
    const bytes = Buffer.from(text);
    const found: string[] = [];
    for (let i = 0; i < bytes.length; i += 3) found.push(...splitter.push(bytes.subarray(i, i + 3)));
    splitter.end();
    expect(found).toEqual(['{"a":"}{\\"","b":[{"c":1}]}', '{"d":"é"}', '{}']);
    expect(found.map((t) => JSON.parse(t) as unknown)).toEqual([{ a: '}{"', b: [{ c: 1 }] }, { d: 'é' }, {}]);
  });

  it('refuses bytes between objects, an unfinished object and an object over the bound', () => {
    expect(() => new JsonObjectSplitter(1024).push(Buffer.from('{} x'))).toThrow(JsonStreamError);
    const unfinished = new JsonObjectSplitter(1024);
    unfinished.push(Buffer.from('{"a":'));
    expect(() => unfinished.end()).toThrow('ends inside a JSON object');
    const bounded = new JsonObjectSplitter(16);
    expect(bounded.push(Buffer.from('{"a":"0123456"}'))).toHaveLength(1);
    expect(() => bounded.push(Buffer.from(`{"a":"${'x'.repeat(10)}`))).not.toThrow();
    expect(() => bounded.push(Buffer.from('xxxxxxxx"}'))).toThrow('larger than 16 bytes');
  });
});
