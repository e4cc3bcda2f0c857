/**
 * Reads images with exiftool (Debian's libimage-exiftool-perl, installed by .ci/run) and returns
 * every tag that is not the file's own structure or its colour: what strip-metadata must remove.
 */
import { spawnSync } from 'node:child_process';

/** Group (exiftool -G1) → tags that describe how the picture is stored, never who or where. */
const STRUCTURE: Record<string, string[] | '*'> = {
  System: '*', // file name, size, dates and permissions on this disk, not inside the file
  ExifTool: ['ExifToolVersion'],
  File: ['FileType', 'FileTypeExtension', 'MIMEType', 'ImageWidth', 'ImageHeight', 'EncodingProcess', 'BitsPerSample', 'ColorComponents', 'YCbCrSubSampling',
    // an ICO file's directory (favicon.ico)
    'ImageCount', 'NumColors', 'ColorPlanes', 'BitsPerPixel', 'ImageLength'],
  SVG: ['Xmlns', 'ViewBox', 'ImageWidth', 'ImageHeight'],
  Composite: ['ImageSize', 'Megapixels'],
  JFIF: ['JFIFVersion', 'ResolutionUnit', 'XResolution', 'YResolution'],
  Adobe: ['DCTEncodeVersion', 'APP14Flags0', 'APP14Flags1', 'ColorTransform'],
  PNG: ['ImageWidth', 'ImageHeight', 'BitDepth', 'ColorType', 'Compression', 'Filter', 'Interlace', 'Gamma', 'SRGBRendering', 'Palette', 'Transparency', 'BackgroundColor', 'SignificantBits', 'WhitePointX', 'WhitePointY', 'RedX', 'RedY', 'GreenX', 'GreenY', 'BlueX', 'BlueY', 'ProfileName', 'AnimationFrames', 'AnimationPlays'],
  'PNG-pHYs': ['PixelsPerUnitX', 'PixelsPerUnitY', 'PixelUnits'],
  RIFF: ['ImageWidth', 'ImageHeight', 'VP8Version', 'HorizontalScale', 'VerticalScale', 'WebP_Flags', 'AlphaPreprocessing', 'AlphaFiltering', 'AlphaCompression', 'BackgroundColor', 'AnimationLoopCount', 'Duration'],
  QuickTime: ['MajorBrand', 'MinorVersion', 'CompatibleBrands', 'HandlerType', 'ImageSpatialExtent', 'ImagePixelDepth', 'AV1ConfigurationVersion', 'ChromaFormat', 'ChromaSamplePosition', 'MediaDataSize', 'MediaDataOffset', 'ColorProfiles', 'ColorPrimaries', 'TransferCharacteristics', 'MatrixCoefficients', 'VideoFullRangeFlag', 'PixelAspectRatio', 'AuxiliaryImageType'],
  Meta: ['PrimaryItemReference'],
  GIF: ['GIFVersion', 'ImageWidth', 'ImageHeight', 'HasColorMap', 'ColorResolutionDepth', 'BitsPerPixel', 'BackgroundColor', 'TransparentColor', 'AnimationIterations', 'FrameCount', 'Duration'],
  // The colour profile stays on purpose (strip-metadata keeps it): colours need it.
  ICC_Profile: '*',
  'ICC-header': '*',
  'ICC-meas': '*',
  'ICC-view': '*',
};

export function exiftoolAvailable(): boolean {
  return spawnSync('exiftool', ['-ver'], { encoding: 'utf8' }).status === 0;
}

/** File → its tags beyond structure, as "Group:Tag = value"; files without any are left out. */
export function metadataBeyondStructure(files: string[]): Map<string, string[]> {
  const found = new Map<string, string[]>();
  // In batches, so a site's thousands of images fit on a command line.
  for (let i = 0; i < files.length; i += 500) {
    const result = spawnSync('exiftool', ['-j', '-a', '-G1', '-s', '-b', '-q', '--', ...files.slice(i, i + 500)], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    if (result.status !== 0 && !result.stdout) throw new Error(`exiftool failed: ${result.stderr}`);
    for (const record of JSON.parse(result.stdout) as Record<string, unknown>[]) {
      const extra: string[] = [];
      for (const [key, value] of Object.entries(record)) {
        if (key === 'SourceFile') continue;
        const [group, tag] = key.split(':') as [string, string];
        const allowed = STRUCTURE[group];
        if (allowed === '*' || allowed?.includes(tag)) continue;
        extra.push(`${key} = ${String(value).slice(0, 80)}`);
      }
      if (extra.length) found.set(record.SourceFile as string, extra);
    }
  }
  return found;
}
