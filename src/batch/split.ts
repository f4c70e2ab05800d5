// Where a CSV's bytes can be cut between records without decoding them: at a line feed outside quotes. A quote
// (0x22) and a line feed (0x0A) are single bytes in UTF-8 and in GBK (no multi-byte character contains them), so
// the cut is the same in both encodings. Doubled quotes inside a quoted field flip the state twice: no change.

export interface SplitState {
  /** inside a quoted field at the end of the bytes scanned so far */
  quoted: boolean
}

/** the offsets (relative to `bytes`) just past each line feed outside quotes; `state` carries over chunks */
export function recordEnds(bytes: Uint8Array, state: SplitState): number[] {
  const ends: number[] = []
  let quoted = state.quoted
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]
    if (b === 0x22) quoted = !quoted
    else if (b === 0x0a && !quoted) ends.push(i + 1)
  }
  state.quoted = quoted
  return ends
}

/** UTF-8 when the bytes are valid UTF-8 (a character cut at the end of an incomplete head is allowed), else GBK:
 *  what decodeCsvBytes decides for a whole file, decided from its first part */
export function sniffEncoding(head: Uint8Array, complete: boolean): 'utf-8' | 'gbk' {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: !complete })
    return 'utf-8'
  } catch {
    return 'gbk'
  }
}
