/**
 * Images that carry metadata in every place a camera, a phone app or an editor may write it, made
 * with sharp and by hand. Used to prove scripts/strip-metadata.ts leaves none behind.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import sharp from 'sharp';

const EXIF = {
  IFD0: { Make: 'Camera', Model: 'Phone 1', Artist: 'Nguyen Van A 0912345678', ImageDescription: 'Nha rieng thon Dong Hoa' },
  IFD2: { DateTimeOriginal: '2026:04:15 08:30:00', UserComment: 'CCCD 036080012345' },
  IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '20/1 15/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '106/1 10/1 0/1' },
};
const XMP = '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator><rdf:Seq><rdf:li>Nguyen Van A</rdf:li></rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>';

const picture = (width = 120, height = 80) => sharp({ create: { width, height, channels: 3, background: '#4ade80' } });

function pngChunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(zlib.crc32(body), 8 + data.length);
  return out;
}

/** Inserts PNG chunks right after IHDR (8-byte signature + 25-byte IHDR chunk). */
function withPngChunks(png: Buffer, chunks: Buffer[]): Buffer {
  return Buffer.concat([png.subarray(0, 33), ...chunks, png.subarray(33)]);
}

/** Inserts a JPEG segment right after SOI. */
function withJpegSegment(jpeg: Buffer, marker: number, payload: Buffer): Buffer {
  const header = Buffer.from([0xff, marker, 0, 0]);
  header.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), header, payload, jpeg.subarray(2)]);
}

/** Writes one hostile image per way of carrying metadata into `dir`; returns their file names. */
export async function writeHostileImages(dir: string): Promise<string[]> {
  fs.mkdirSync(dir, { recursive: true });
  const jpeg = await picture().jpeg().toBuffer();
  const png = await picture().png().toBuffer();
  const write = (name: string, data: Buffer) => fs.writeFileSync(path.join(dir, name), data);

  write('exif-gps.jpg', await picture().jpeg().withExif(EXIF).toBuffer());
  write('exif-xmp-icc.jpg', await picture().jpeg().withExif(EXIF).withXmp(XMP).withIccProfile('p3').toBuffer());
  // Orientation 6: the pixels are stored on their side; the cleaned file must stand upright without the tag.
  write('exif-rotated.jpg', await picture(120, 80).jpeg().withMetadata({ orientation: 6 }).withExifMerge({ IFD0: { Artist: 'Nguyen Van A' } }).toBuffer());
  write('comment.jpg', withJpegSegment(jpeg, 0xfe, Buffer.from('Chup tai nha ong Nguyen Van A, so 0912345678', 'latin1')));
  write('iptc.jpg', withJpegSegment(jpeg, 0xed, Buffer.concat([Buffer.from('Photoshop 3.0\0' + '8BIM', 'latin1'), Buffer.from([0x04, 0x04, 0, 0, 0, 0, 0, 0x11, 0x1c, 0x02, 0x50, 0, 0x0c]), Buffer.from('Nguyen Van A', 'latin1'), Buffer.from([0])])));
  write('trailer.jpg', Buffer.concat([jpeg, Buffer.from('Nguyen Van A 0912345678', 'latin1')]));
  write('text-chunks.png', withPngChunks(png, [
    pngChunk('tEXt', Buffer.from('Author\0Nguyen Van A', 'latin1')),
    pngChunk('zTXt', Buffer.concat([Buffer.from('Comment\0\0', 'latin1'), zlib.deflateSync(Buffer.from('Nha rieng, so 0912345678', 'latin1'))])),
    pngChunk('iTXt', Buffer.concat([Buffer.from('Description\0\0\0vi\0Mô tả\0', 'utf8'), Buffer.from('Ảnh chụp tại nhà bà Lan', 'utf8')])),
    pngChunk('tIME', Buffer.from([0x07, 0xea, 4, 15, 8, 30, 0])),
  ]));
  write('exif-xmp.png', await picture().png().withExif(EXIF).withXmp(XMP).toBuffer());
  write('exif-xmp.webp', await picture().webp().withExif(EXIF).withXmp(XMP).toBuffer());
  write('exif-xmp.avif', await picture().avif().withExif(EXIF).withXmp(XMP).toBuffer());
  const gif = await picture().gif().toBuffer();
  // A comment extension right before the trailer.
  const comment = Buffer.concat([Buffer.from([0x21, 0xfe, 23]), Buffer.from('Nguyen Van A 0912345678', 'latin1'), Buffer.from([0])]);
  write('comment.gif', Buffer.concat([gif.subarray(0, gif.length - 1), comment, gif.subarray(gif.length - 1)]));
  return fs.readdirSync(dir).sort();
}

/** A valid black 1-bit PNG of any size, written by hand: sharp would take a minute to encode 900 megapixels. */
export function blackPng(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 1; // bit depth; colour type 0 (grey), deflate, filter 0, no interlace
  const rows = Buffer.alloc((1 + Math.ceil(width / 8)) * height); // every row: filter 0, black pixels
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', zlib.deflateSync(rows, { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}
