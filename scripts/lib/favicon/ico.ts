/**
 * An ICO file holding PNG images (the PNG-in-ICO form every current browser and Windows since Vista read): a
 * 6-byte header, one 16-byte directory entry per image, then the images. Sizes are stored as one byte each, 0
 * meaning 256.
 */
export function packIco(images: readonly { size: number; png: Uint8Array }[]): Uint8Array {
  if (images.length === 0) throw new Error('an ICO needs at least one image');
  const headerSize = 6 + 16 * images.length;
  const out = new Uint8Array(headerSize + images.reduce((n, i) => n + i.png.length, 0));
  const view = new DataView(out.buffer);
  view.setUint16(0, 0, true); // reserved
  view.setUint16(2, 1, true); // type 1: icon
  view.setUint16(4, images.length, true);
  let offset = headerSize;
  images.forEach(({ size, png }, i) => {
    if (size < 1 || size > 256) throw new Error(`an ICO image is 1 to 256 pixels wide, got ${size}`);
    const at = 6 + 16 * i;
    view.setUint8(at, size % 256);
    view.setUint8(at + 1, size % 256);
    view.setUint8(at + 2, 0); // no palette
    view.setUint8(at + 3, 0);
    view.setUint16(at + 4, 1, true); // colour planes
    view.setUint16(at + 6, 32, true); // bits per pixel
    view.setUint32(at + 8, png.length, true);
    view.setUint32(at + 12, offset, true);
    out.set(png, offset);
    offset += png.length;
  });
  return out;
}
