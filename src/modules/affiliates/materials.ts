import type { Config } from '../../config';
import { MaterialKind } from './affiliate.entity';

/** The affiliate's general tracking link (docs/api.md: `GET /r/:code`). */
export function trackingUrl(config: Pick<Config, 'publicUrl'>, code: string): string {
  return `${config.publicUrl}/r/${encodeURIComponent(code)}`;
}

/** A material's own tracking link: clicks through it are counted for it (AF-2). */
export function materialTrackingUrl(config: Pick<Config, 'publicUrl'>, code: string, materialId: string): string {
  return `${trackingUrl(config, code)}?m=${encodeURIComponent(materialId)}`;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * What a site pastes to show a material. Images and the widget script are served from
 * PUBLIC_URL's `/affiliate-assets/` by the web front end; the link itself is the tracking URL.
 */
export function embedHtml(config: Pick<Config, 'publicUrl'>, kind: MaterialKind, url: string): string {
  const href = escapeHtml(url);
  const assets = escapeHtml(`${config.publicUrl}/affiliate-assets`);
  switch (kind) {
    case MaterialKind.BANNER:
      return `<a href="${href}" rel="sponsored"><img src="${assets}/banner-728x90.png" width="728" height="90" alt="Hire expert freelancers and agencies"></a>`;
    case MaterialKind.TEXT_LINK:
      return `<a href="${href}" rel="sponsored">Hire expert freelancers and agencies</a>`;
    case MaterialKind.LOGO:
      return `<a href="${href}" rel="sponsored"><img src="${assets}/logo.svg" width="160" height="40" alt="Freelance marketplace"></a>`;
    case MaterialKind.WIDGET:
      return `<div class="market-affiliate-widget" data-href="${href}"></div><script async src="${assets}/widget.js"></script>`;
  }
}
