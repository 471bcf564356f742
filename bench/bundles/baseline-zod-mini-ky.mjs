// Size baseline: the smallest handler that validates a Graph response with zod/mini and fetches it with ky —
// the floor any SDK built on these two libraries starts from (the "~38 KB / ~13 KB gzip" figure).
import ky from 'ky';
import * as z from 'zod/mini';

const PhoneNumber = z.looseObject({ id: z.string(), status: z.optional(z.string()), quality_rating: z.optional(z.string()) });

export async function handler(event) {
  const body = await ky(`https://graph.facebook.com/v23.0/${event.phoneNumberId}`, {
    headers: { authorization: `Bearer ${event.token}` },
    searchParams: { fields: 'status,quality_rating' },
  }).json();
  return PhoneNumber.parse(body);
}
