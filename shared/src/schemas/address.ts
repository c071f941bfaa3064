import { z } from 'zod';
import { phoneSchema } from './common.js';

export const addressInputSchema = z.object({
  recipientName: z.string().trim().min(1).max(40),
  phone: phoneSchema,
  province: z.string().trim().min(1).max(40),
  city: z.string().trim().min(1).max(40),
  district: z.string().trim().min(1).max(40),
  detail: z.string().trim().min(1).max(200),
  latitude: z.number().min(-90).max(90).nullable().optional(),
  longitude: z.number().min(-180).max(180).nullable().optional(),
  isDefault: z.boolean().default(false),
});
export const addressUpdateSchema = addressInputSchema.partial();
export type AddressInput = z.infer<typeof addressInputSchema>;

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
