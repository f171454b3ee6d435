import { Dictionary, Int32, makeData, Utf8, vectorFromArray, type Data } from 'apache-arrow';

/**
 * A text column as the tables keep it: Int32 codes into a Utf8 dictionary of the texts (a null's
 * code is ignored). `id`: the dictionary's id, when the column joins a table read from a stream.
 */
export function textDictionaryData(
  texts: readonly string[],
  codes: Int32Array,
  nullCount = 0,
  nullBitmap?: Uint8Array,
  id?: number,
): Data {
  return makeData({
    type: new Dictionary(new Utf8(), new Int32(), id),
    length: codes.length,
    nullCount,
    nullBitmap,
    data: codes,
    dictionary: vectorFromArray(texts as string[], new Utf8()),
  });
}
