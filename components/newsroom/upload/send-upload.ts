// Sends an upload form with XMLHttpRequest rather than fetch: fetch cannot
// report how much of the request body has gone, and a reporter on a phone
// network wants to see a photo's upload move. Browser-only.

export type UploadResponse = {
  /** The HTTP status; 0 when the request never got an answer (network down, aborted). */
  status: number;
  /** The answer's JSON, or null when it had none that parses. */
  body: unknown;
};

/**
 * POSTs `form` to `url` (same origin, so the session cookie and the Origin
 * header go with it as with fetch). `onProgress` receives the share of the
 * body sent, 0 to 1, as it goes and 1 once the server has answered.
 * Never rejects: a network failure resolves with status 0.
 */
export function sendUpload(url: string, form: FormData, onProgress?: (fraction: number) => void): Promise<UploadResponse> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open("POST", url);
    request.responseType = "json"; // an answer that is not JSON reads as null
    request.setRequestHeader("Accept", "application/json");
    if (onProgress) {
      request.upload.onprogress = (event) => {
        if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
      };
    }
    request.onload = () => {
      onProgress?.(1);
      resolve({ status: request.status, body: request.response as unknown });
    };
    request.onerror = request.onabort = request.ontimeout = () => resolve({ status: 0, body: null });
    request.send(form);
  });
}
