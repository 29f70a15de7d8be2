/**
 * Latin face first, then CJK faces that ship with Linux (Noto / WenQuanYi), Windows (YaHei)
 * and macOS (PingFang): Chinese text never falls back to a serif bitmap font.
 */
export const FONT_STACK =
  'Inter, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", sans-serif';
