// The newsroom's video setting: how large an uploaded video file may be, in
// megabytes (MP4 or WebM, lib/media/video.ts). Stored and validated with the
// other site settings (lib/settings/site-settings.ts). No imports, so forms
// and tests can take the default and the range.

/** The range the setting may take: at least one minute of phone video, at most what one request should carry. */
export const VIDEO_MAX_MEGABYTES_RANGE = { min: 1, max: 2000 } as const;

export const VIDEO_SETTING_DEFAULTS = {
  // About three minutes of 1080p from a phone, or ten of 720p: the clips a
  // provincial paper posts. The whole file passes through the server's memory
  // once while it is checked, so a much larger limit wants a larger server.
  videoMaxMegabytes: 200,
};
