/**
 * A chosen file's text, or null, without reading it, when it has more than `most` bytes. A
 * file far larger than any pack or backup (a film, a disk image, chosen by mistake) is refused
 * by its size: read whole, one of 700 MB took up to 10 s to be refused in Chromium (Pack
 * studio then gave the wrong reason), and a read that fails outright said nothing at all.
 */
export function fileTextWithin(file: Blob, most: number): Promise<string | null> {
  return file.size > most ? Promise.resolve(null) : file.text();
}
