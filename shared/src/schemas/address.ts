import { z } from 'zod';
import { phoneSchema } from './common.js';

/** Most saved addresses per member. */
export const ADDRESS_MAX_PER_MEMBER = 20;

const addressFields = {
  recipientName: z.string().trim().min(1).max(40),
  phone: phoneSchema,
  province: z.string().trim().min(1).max(40),
  city: z.string().trim().min(1).max(40),
  district: z.string().trim().min(1).max(40),
  detail: z.string().trim().min(1).max(200),
  latitude: z.number().min(-90).max(90).nullable().optional(),
  longitude: z.number().min(-180).max(180).nullable().optional(),
};

export const addressInputSchema = z.object({ ...addressFields, isDefault: z.boolean().default(false) });

/** An address written into an order as it was (staff may type one on the tablet). */
export const addressSnapshotSchema = z.object({
  ...addressFields,
  latitude: addressFields.latitude.transform((v) => v ?? null),
  longitude: addressFields.longitude.transform((v) => v ?? null),
});
export type AddressInput = z.infer<typeof addressInputSchema>;

// Spelled out instead of addressInputSchema.partial(): zod 4 would still apply isDefault's
// default there, so every partial update would try to clear the default flag.
export const addressUpdateSchema = z
  .object({
    recipientName: addressFields.recipientName.optional(),
    phone: addressFields.phone.optional(),
    province: addressFields.province.optional(),
    city: addressFields.city.optional(),
    district: addressFields.district.optional(),
    detail: addressFields.detail.optional(),
    latitude: addressFields.latitude,
    longitude: addressFields.longitude,
    isDefault: z.boolean().optional(),
  })
  .refine((v) => Object.values(v).some((value) => value !== undefined), 'Give at least one field to change');
export type AddressUpdate = z.infer<typeof addressUpdateSchema>;

export interface AddressSnapshot {
  recipientName: string;
  phone: string;
  province: string;
  city: string;
  district: string;
  detail: string;
  latitude: number | null;
  longitude: number | null;
}

export interface AddressView extends AddressSnapshot {
  id: number;
  isDefault: boolean;
  createdAt: string;
  updatedAt: string;
}
