/**
 * The link-preview picture (Open Graph and Twitter cards), drawn when the site is built: see
 * src/lib/social-image.ts. Its colours are the light theme's tokens.
 */
import type { APIRoute } from 'astro';
import tokens from '../styles/tokens.css?raw';
import { encodePng } from '../components/figure/server-canvas';
import { drawSocialImage, SOCIAL_HEIGHT, SOCIAL_WIDTH, tokenColour } from '../lib/social-image';

export const GET: APIRoute = () => {
  const pixels = drawSocialImage({
    bg: tokenColour(tokens, 'bg'),
    curve: tokenColour(tokens, 'fg-muted'),
    steps: tokenColour(tokens, 'c-model'),
    minimum: tokenColour(tokens, 'c-good'),
  });
  return new Response(new Uint8Array(encodePng(SOCIAL_WIDTH, SOCIAL_HEIGHT, pixels)), { headers: { 'Content-Type': 'image/png' } });
};
