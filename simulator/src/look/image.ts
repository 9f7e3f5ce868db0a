import { AtelierError } from '../../../program/src/errors/index.ts';
import { BITMAP_PATTERN, IMAGES } from '../../../program/src/vocabulary.ts';

/** Throws ROBOT_IMAGE_INVALID unless `image` is an image name or a 25-character 5×5 bitmap. */
export function checkImage(image: string): void {
  if (!(IMAGES as readonly string[]).includes(image) && !BITMAP_PATTERN.test(image)) {
    throw new AtelierError('ROBOT_IMAGE_INVALID', { params: { image } });
  }
}
