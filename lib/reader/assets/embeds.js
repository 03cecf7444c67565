// The embeds island (lib/reader/islands.ts): loaded only by pages whose body asks for it.
// Plain ES2017, no dependencies, no inline handlers; the reader policy is script-src 'self'.
(function () {
  "use strict";
})();
