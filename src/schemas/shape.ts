import * as z from 'zod/mini';

// Building blocks of the tolerant response schemas. Not re-exported from the barrel: they are implementation
// details. zod/mini loads no locale, so without these messages every type error would read "Invalid input".

/** A loose object (unknown keys kept) whose type error says what was expected. */
export const looseObject = <Shape extends z.core.$ZodLooseShape>(shape: Shape) =>
  z.looseObject(shape, 'must be an object');

/** An optional string field. */
export const optionalString = () => z.optional(z.string('must be a string'));

/** An optional boolean field. */
export const optionalBoolean = () => z.optional(z.boolean('must be a boolean'));

/** An optional array field. */
export const optionalArray = <Item extends z.ZodMiniType>(item: Item) => z.optional(z.array(item, 'must be an array'));
