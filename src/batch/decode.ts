// The bytes of an uploaded CSV → text. Excel saves "CSV UTF-8" with a BOM and plain "CSV" in the system code page,
// which on Chinese Windows is GBK (CP936): UTF-8 when the bytes are valid UTF-8, else GBK.

export interface DecodedCsv {
  text: string
  encoding: 'utf-8' | 'gbk'
}

export function decodeCsvBytes(bytes: Uint8Array): DecodedCsv {
  try {
    // ignoreBOM: false (the default) drops a leading BOM
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' }
  } catch {
    return { text: new TextDecoder('gbk').decode(bytes), encoding: 'gbk' }
  }
}
