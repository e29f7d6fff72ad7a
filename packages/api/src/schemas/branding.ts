import { z } from '@hono/zod-openapi';

/** How a widget presents an account; a field left out falls back to the widget's default. */
export const BrandingSchema = z
  .object({
    accentColor: z.string().optional().openapi({ example: '#1a73e8' }),
    logoUrl: z.string().optional().openapi({ example: 'https://shop.example/logo.svg' }),
  })
  .openapi('Branding');
