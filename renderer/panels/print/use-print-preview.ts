import { useEffect, useState } from 'react';
import type { Project } from '../../../shared/model/project';
import { layoutPrint, type PrintOptions, type PrintResult } from '../../../shared/print/layout';

export interface Preview {
  result: PrintResult;
  /** Blob URL of each page's SVG, for thumbnails (revoked when the preview changes). */
  urls: string[];
  /** The options the result was laid out for. */
  options: PrintOptions;
}

/**
 * Lays out the pages a moment after the options stop changing (a show of 7,500 booths takes
 * a while), and gives each page an image URL for the preview.
 */
export function usePrintPreview(project: Project | null, options: PrintOptions | null, delayMs = 200): { preview: Preview | null; busy: boolean } {
  const [preview, setPreview] = useState<Preview | null>(null);
  useEffect(() => {
    if (!project || !options) return;
    const timer = setTimeout(() => {
      const result = layoutPrint(project, options);
      const urls = result.ok ? result.pages.map((p) => URL.createObjectURL(new Blob([p.svg], { type: 'image/svg+xml' }))) : [];
      setPreview({ result, urls, options });
    }, delayMs);
    return () => clearTimeout(timer);
  }, [project, options, delayMs]);
  useEffect(() => () => preview?.urls.forEach((u) => URL.revokeObjectURL(u)), [preview]);
  // Busy until the preview shown is the one for the current options.
  return { preview, busy: !preview || preview.options !== options };
}
