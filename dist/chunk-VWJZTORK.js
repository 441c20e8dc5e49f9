import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  DEFAULT_IGNORES,
  LineIndex,
  assertUniqueNames,
  compileConcern,
  findMissingCanonicals,
  findSignatures,
  languageOf,
  listFiles,
  missingCanonicalViolation
} from "./chunk-H3HKTRRS.js";
import {
  glob
} from "./chunk-DPPD5FIM.js";
import {
  parse,
  parseSync
} from "./chunk-LGJ7OVES.js";
import {
  GitError,
  revParse,
  runGit
} from "./chunk-TQIISSPJ.js";
import {
  REPORT_MAX_BYTES,
  readInputFile,
  readOptionalInputFile,
  require_dist
} from "./chunk-XEJXVRDQ.js";
import {
  ConfigurationError,
  UsageError
} from "./chunk-WONG65HV.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-2ORNAKAZ.js";

// node_modules/@oxc-resolver/binding-linux-x64-gnu/package.json
var require_package = __commonJS({
  "node_modules/@oxc-resolver/binding-linux-x64-gnu/package.json"(exports, module) {
    module.exports = {
      name: "@oxc-resolver/binding-linux-x64-gnu",
      version: "11.24.2",
      cpu: [
        "x64"
      ],
      main: "resolver.linux-x64-gnu.node",
      files: [
        "resolver.linux-x64-gnu.node"
      ],
      description: "Oxc Resolver Node API",
      homepage: "https://oxc.rs",
      license: "MIT",
      repository: {
        type: "git",
        url: "git+https://github.com/oxc-project/oxc-resolver.git"
      },
      publishConfig: {
        registry: "https://registry.npmjs.org/",
        access: "public"
      },
      os: [
        "linux"
      ],
      libc: [
        "glibc"
      ]
    };
  }
});

// node_modules/oxc-resolver/webcontainer-fallback.js
var require_webcontainer_fallback = __commonJS({
  "node_modules/oxc-resolver/webcontainer-fallback.js"(exports, module) {
    var fs = __require("node:fs");
    var childProcess = __require("node:child_process");
    var pkg = JSON.parse(
      fs.readFileSync(__require.resolve("oxc-resolver/package.json"), "utf-8")
    );
    var version = pkg.version;
    var baseDir = `/tmp/oxc-resolver-${version}`;
    var bindingEntry = `${baseDir}/node_modules/@oxc-resolver/binding-wasm32-wasi/resolver.wasi.cjs`;
    if (!fs.existsSync(bindingEntry)) {
      fs.rmSync(baseDir, { recursive: true, force: true });
      fs.mkdirSync(baseDir, { recursive: true });
      const bindingPkg = `@oxc-resolver/binding-wasm32-wasi@${version}`;
      console.log(`[oxc-resolver] Downloading ${bindingPkg} on WebContainer...`);
      childProcess.execFileSync("pnpm", ["i", bindingPkg], {
        cwd: baseDir,
        stdio: "inherit"
      });
    }
    module.exports = __require(bindingEntry);
  }
});

// node_modules/oxc-resolver/index.js
var require_oxc_resolver = __commonJS({
  "node_modules/oxc-resolver/index.js"(exports, module) {
    var { readFileSync: readFileSync3 } = __require("fs");
    var nativeBinding = null;
    var loadErrors = [];
    var isMusl = () => {
      let musl = false;
      if (process.platform === "linux") {
        musl = isMuslFromFilesystem();
        if (musl === null) {
          musl = isMuslFromReport();
        }
        if (musl === null) {
          musl = isMuslFromChildProcess();
        }
      }
      return musl;
    };
    var isFileMusl = (f) => f.includes("libc.musl-") || f.includes("ld-musl-");
    var isMuslFromFilesystem = () => {
      try {
        return readFileSync3("/usr/bin/ldd", "utf-8").includes("musl");
      } catch {
        return null;
      }
    };
    var isMuslFromReport = () => {
      let report = null;
      if (process.report && typeof process.report.getReport === "function") {
        process.report.excludeNetwork = true;
        report = process.report.getReport();
      }
      if (!report) {
        return null;
      }
      if (report.header && report.header.glibcVersionRuntime) {
        return false;
      }
      if (Array.isArray(report.sharedObjects)) {
        if (report.sharedObjects.some(isFileMusl)) {
          return true;
        }
      }
      return false;
    };
    var isMuslFromChildProcess = () => {
      try {
        return __require("child_process").execSync("ldd --version", { encoding: "utf8" }).includes("musl");
      } catch (e) {
        return false;
      }
    };
    function requireNative() {
      if (process.env.NAPI_RS_NATIVE_LIBRARY_PATH) {
        try {
          return __require(process.env.NAPI_RS_NATIVE_LIBRARY_PATH);
        } catch (err) {
          loadErrors.push(err);
        }
      } else if (process.platform === "android") {
        if (process.arch === "arm64") {
          try {
            return __require("./resolver.android-arm64.node");
          } catch (e) {
            loadErrors.push(e);
          }
          try {
            const binding = __require("@oxc-resolver/binding-android-arm64");
            const bindingPackageVersion = __require("@oxc-resolver/binding-android-arm64/package.json").version;
            if (bindingPackageVersion !== "11.24.2" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
              throw new Error(`Native binding package version mismatch, expected 11.24.2 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
            }
            return binding;
          } catch (e) {
            loadErrors.push(e);
          }
        } else if (process.arch === "arm") {
          try {
            return __require("./resolver.android-arm-eabi.node");
          } catch (e) {
            loadErrors.push(e);
          }
          try {
            const binding = __require("@oxc-resolver/binding-android-arm-eabi");
            const bindingPackageVersion = __require("@oxc-resolver/binding-android-arm-eabi/package.json").version;
            if (bindingPackageVersion !== "11.24.2" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
              throw new Error(`Native binding package version mismatch, expected 11.24.2 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
            }
            return binding;
          } catch (e) {
            loadErrors.push(e);
          }
        } else {
          loadErrors.push(new Error(`Unsupported architecture on Android ${process.arch}`));
        }
      } else if (process.platform === "win32") {
        if (process.arch === "x64") {
          if (process.config && process.config.variables && process.config.variables.shlib_suffix === "dll.a" || process.config && process.config.variables && process.config.variables.node_target_type === "shared_library") {
            try {
              return __require("./resolver.win32-x64-gnu.node");
            } catch (e) {
              loadErrors.push(e);
            }
            try {
              const binding = __require("@oxc-resolver/binding-win32-x64-gnu");
              const bindingPackageVersion = __require("@oxc-resolver/binding-win32-x64-gnu/package.json").version;
              if (bindingPackageVersion !== "11.24.2" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
                throw new Error(`Native binding package version mismatch, expected 11.24.2 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
              }
              return binding;
            } catch (e) {
              loadErrors.push(e);
            }
          } else {
            try {
              return __require("./resolver.win32-x64-msvc.node");
            } catch (e) {
              loadErrors.push(e);
            }
            try {
              const binding = __require("@oxc-resolver/binding-win32-x64-msvc");
              const bindingPackageVersion = __require("@oxc-resolver/binding-win32-x64-msvc/package.json").version;
              if (bindingPackageVersion !== "11.24.2" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
                throw new Error(`Native binding package version mismatch, expected 11.24.2 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
              }
              return binding;
            } catch (e) {
              loadErrors.push(e);
            }
          }
        } else if (process.arch === "ia32") {
          try {
            return __require("./resolver.win32-ia32-msvc.node");
          } catch (e) {
            loadErrors.push(e);
          }
          try {
            const binding = __require("@oxc-resolver/binding-win32-ia32-msvc");
            const bindingPackageVersion = __require("@oxc-resolver/binding-win32-ia32-msvc/package.json").version;
            if (bindingPackageVersion !== "11.24.2" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
              throw new Error(`Native binding package version mismatch, expected 11.24.2 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
            }
            return binding;
          } catch (e) {
            loadErrors.push(e);
          }
        } else if (process.arch === "arm64") {
          try {
            return __require("./resolver.win32-arm64-msvc.node");
          } catch (e) {
            loadErrors.push(e);
          }
          try {
            const binding = __require("@oxc-resolver/binding-win32-arm64-msvc");
            const bindingPackageVersion = __require("@oxc-resolver/binding-win32-arm64-msvc/package.json").version;
            if (bindingPackageVersion !== "11.24.2" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
              throw new Error(`Native binding package version mismatch, expected 11.24.2 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
            }
            return binding;
          } catch (e) {
            loadErrors.push(e);
          }
        } else {
          loadErrors.push(new Error(`Unsupported architecture on Windows: ${process.arch}`));
        }
      } else if (process.platform === "darwin") {
        try {
          return __require("./resolver.darwin-universal.node");
        } catch (e) {
          loadErrors.push(e);
        }
        try {
          const binding = __require("@oxc-resolver/binding-darwin-universal");
          const bindingPackageVersion = __require("@oxc-resolver/binding-darwin-universal/package.json").version;
          if (bindingPackageVersion !== "11.24.2" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
            throw new Error(`Native binding package version mismatch, expected 11.24.2 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
          }
          return binding;
        } catch (e) {
          loadErrors.push(e);
        }
        if (process.arch === "x64") {
          try {
            return __require("./resolver.darwin-x64.node");
          } catch (e) {
            loadErrors.push(e);
          }
          try {
            const binding = __require("@oxc-resolver/binding-darwin-x64");
            const bindingPackageVersion = __require("@oxc-resolver/binding-darwin-x64/package.json").version;
            if (bindingPackageVersion !== "11.24.2" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
              throw new Error(`Native binding package version mismatch, expected 11.24.2 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
            }
            return binding;
          } catch (e) {
            loadErrors.push(e);
          }
        } else if (process.arch === "arm64") {
          try {
            return __require("./resolver.darwin-arm64.node");
          } catch (e) {
            loadErrors.push(e);
          }
          try {
            const binding = __require("@oxc-resolver/binding-darwin-arm64");
            const bindingPackageVersion = __require("@oxc-resolver/binding-darwin-arm64/package.json").version;
            if (bindingPackageVersion !== "11.24.2" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
              throw new Error(`Native binding package version mismatch, expected 11.24.2 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
            }
            return binding;
          } catch (e) {
            loadErrors.push(e);
          }
        } else {
          loadErrors.push(new Error(`Unsupported architecture on macOS: ${process.arch}`));
        }
      } else if (process.platform === "freebsd") {
        if (process.arch === "x64") {
          try {
            return __require("./resolver.freebsd-x64.node");
          } catch (e) {
            loadErrors.push(e);
          }
          try {
            const binding = __require("@oxc-resolver/binding-freebsd-x64");
            const bindingPackageVersion = __require("@oxc-resolver/binding-freebsd-x64/package.json").version;
            if (bindingPackageVersion !== "11.24.2" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
              throw new Error(`Native binding package version mismatch, expected 11.24.2 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
            }
            return binding;
          } catch (e) {
            loadErrors.push(e);
          }
        } else if (process.arch === "arm64") {
          try {
            return __require("./resolver.freebsd-arm64.node");
          } catch (e) {
            loadErrors.push(e);
          }
          try {
            const binding = __require("@oxc-resolver/binding-freebsd-arm64");
            const bindingPackageVersion = __require("@oxc-resolver/binding-freebsd-arm64/package.json").version;
            if (bindingPackageVersion !== "11.24.2" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
              throw new Error(`Native binding package version mismatch, expected 11.24.2 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
            }
            return binding;
          } catch (e) {
            loadErrors.push(e);
          }
        } else {
          loadErrors.push(new Error(`Unsupported architecture on FreeBSD: ${process.arch}`));
        }
      } else if (process.platform === "linux") {
        if (process.arch === "x64") {
          if (isMusl()) {
            try {
              return __require("./resolver.linux-x64-musl.node");
            } catch (e) {
              loadErrors.push(e);
            }
            try {
              const binding = __require("@oxc-resolver/binding-linux-x64-musl");
              const bindingPackageVersion = __require("@oxc-resolver/binding-linux-x64-musl/package.json").version;
              if (bindingPackageVersion !== "11.24.2" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
                throw new Error(`Native binding package version mismatch, expected 11.24.2 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
              }
              return binding;
            } catch (e) {
              loadErrors.push(e);
            }
          } else {
            try {
              return __require("./resolver.linux-x64-gnu.node");
            } catch (e) {
              loadErrors.push(e);
            }
            try {
              const binding = __require("./resolver.linux-x64-gnu-DZKX33L5.node");
              const bindingPackageVersion = require_package().version;
              if (bindingPackageVersion !== "11.24.2" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
                throw new Error(`Native binding package version mismatch, expected 11.24.2 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
              }
              return binding;
            } catch (e) {
              loadErrors.push(e);
            }
          }
        } else if (process.arch === "arm64") {
          if (isMusl()) {
            try {
              return __require("./resolver.linux-arm64-musl.node");
            } catch (e) {
              loadErrors.push(e);
            }
            try {
              const binding = __require("@oxc-resolver/binding-linux-arm64-musl");
              const bindingPackageVersion = __require("@oxc-resolver/binding-linux-arm64-musl/package.json").version;
              if (bindingPackageVersion !== "11.24.2" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
                throw new Error(`Native binding package version mismatch, expected 11.24.2 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
              }
              return binding;
            } catch (e) {
              loadErrors.push(e);
            }
          } else {
            try {
              return __require("./resolver.linux-arm64-gnu.node");
            } catch (e) {
              loadErrors.push(e);
            }
            try {
              const binding = __require("@oxc-resolver/binding-linux-arm64-gnu");
              const bindingPackageVersion = __require("@oxc-resolver/binding-linux-arm64-gnu/package.json").version;
              if (bindingPackageVersion !== "11.24.2" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
                throw new Error(`Native binding package version mismatch, expected 11.24.2 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
              }
              return binding;
            } catch (e) {
              loadErrors.push(e);
            }
          }
        } else if (process.arch === "arm") {
          if (isMusl()) {
            try {
              return __require("./resolver.linux-arm-musleabihf.node");
            } catch (e) {
              loadErrors.push(e);
            }
            try {
              const binding = __require("@oxc-resolver/binding-linux-arm-musleabihf");
              const bindingPackageVersion = __require("@oxc-resolver/binding-linux-arm-musleabihf/package.json").version;
              if (bindingPackageVersion !== "11.24.2" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
                throw new Error(`Native binding package version mismatch, expected 11.24.2 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
              }
              return binding;
            } catch (e) {
              loadErrors.push(e);
            }
          } else {
            try {
              return __require("./resolver.linux-arm-gnueabihf.node");
            } catch (e) {
              loadErrors.push(e);
            }
            try {
              const binding = __require("@oxc-resolver/binding-linux-arm-gnueabihf");
              const bindingPackageVersion = __require("@oxc-resolver/binding-linux-arm-gnueabihf/package.json").version;
              if (bindingPackageVersion !== "11.24.2" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
                throw new Error(`Native binding package version mismatch, expected 11.24.2 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
              }
              return binding;
            } catch (e) {
              loadErrors.push(e);
            }
          }
        } else if (process.arch === "loong64") {
          if (isMusl()) {
            try {
              return __require("./resolver.linux-loong64-musl.node");
            } catch (e) {
              loadErrors.push(e);
            }
            try {
              const binding = __require("@oxc-resolver/binding-linux-loong64-musl");
              const bindingPackageVersion = __require("@oxc-resolver/binding-linux-loong64-musl/package.json").version;
              if (bindingPackageVersion !== "11.24.2" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
                throw new Error(`Native binding package version mismatch, expected 11.24.2 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
              }
              return binding;
            } catch (e) {
              loadErrors.push(e);
            }
          } else {
            try {
              return __require("./resolver.linux-loong64-gnu.node");
            } catch (e) {
              loadErrors.push(e);
            }
            try {
              const binding = __require("@oxc-resolver/binding-linux-loong64-gnu");
              const bindingPackageVersion = __require("@oxc-resolver/binding-linux-loong64-gnu/package.json").version;
              if (bindingPackageVersion !== "11.24.2" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
                throw new Error(`Native binding package version mismatch, expected 11.24.2 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
              }
              return binding;
            } catch (e) {
              loadErrors.push(e);
            }
          }
        } else if (process.arch === "riscv64") {
          if (isMusl()) {
            try {
              return __require("./resolver.linux-riscv64-musl.node");
            } catch (e) {
              loadErrors.push(e);
            }
            try {
              const binding = __require("@oxc-resolver/binding-linux-riscv64-musl");
              const bindingPackageVersion = __require("@oxc-resolver/binding-linux-riscv64-musl/package.json").version;
              if (bindingPackageVersion !== "11.24.2" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
                throw new Error(`Native binding package version mismatch, expected 11.24.2 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
              }
              return binding;
            } catch (e) {
              loadErrors.push(e);
            }
          } else {
            try {
              return __require("./resolver.linux-riscv64-gnu.node");
            } catch (e) {
              loadErrors.push(e);
            }
            try {
              const binding = __require("@oxc-resolver/binding-linux-riscv64-gnu");
              const bindingPackageVersion = __require("@oxc-resolver/binding-linux-riscv64-gnu/package.json").version;
              if (bindingPackageVersion !== "11.24.2" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
                throw new Error(`Native binding package version mismatch, expected 11.24.2 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
              }
              return binding;
            } catch (e) {
              loadErrors.push(e);
            }
          }
        } else if (process.arch === "ppc64") {
          try {
            return __require("./resolver.linux-ppc64-gnu.node");
          } catch (e) {
            loadErrors.push(e);
          }
          try {
            const binding = __require("@oxc-resolver/binding-linux-ppc64-gnu");
            const bindingPackageVersion = __require("@oxc-resolver/binding-linux-ppc64-gnu/package.json").version;
            if (bindingPackageVersion !== "11.24.2" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
              throw new Error(`Native binding package version mismatch, expected 11.24.2 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
            }
            return binding;
          } catch (e) {
            loadErrors.push(e);
          }
        } else if (process.arch === "s390x") {
          try {
            return __require("./resolver.linux-s390x-gnu.node");
          } catch (e) {
            loadErrors.push(e);
          }
          try {
            const binding = __require("@oxc-resolver/binding-linux-s390x-gnu");
            const bindingPackageVersion = __require("@oxc-resolver/binding-linux-s390x-gnu/package.json").version;
            if (bindingPackageVersion !== "11.24.2" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
              throw new Error(`Native binding package version mismatch, expected 11.24.2 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
            }
            return binding;
          } catch (e) {
            loadErrors.push(e);
          }
        } else {
          loadErrors.push(new Error(`Unsupported architecture on Linux: ${process.arch}`));
        }
      } else if (process.platform === "openharmony") {
        if (process.arch === "arm64") {
          try {
            return __require("./resolver.openharmony-arm64.node");
          } catch (e) {
            loadErrors.push(e);
          }
          try {
            const binding = __require("@oxc-resolver/binding-openharmony-arm64");
            const bindingPackageVersion = __require("@oxc-resolver/binding-openharmony-arm64/package.json").version;
            if (bindingPackageVersion !== "11.24.2" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
              throw new Error(`Native binding package version mismatch, expected 11.24.2 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
            }
            return binding;
          } catch (e) {
            loadErrors.push(e);
          }
        } else if (process.arch === "x64") {
          try {
            return __require("./resolver.openharmony-x64.node");
          } catch (e) {
            loadErrors.push(e);
          }
          try {
            const binding = __require("@oxc-resolver/binding-openharmony-x64");
            const bindingPackageVersion = __require("@oxc-resolver/binding-openharmony-x64/package.json").version;
            if (bindingPackageVersion !== "11.24.2" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
              throw new Error(`Native binding package version mismatch, expected 11.24.2 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
            }
            return binding;
          } catch (e) {
            loadErrors.push(e);
          }
        } else if (process.arch === "arm") {
          try {
            return __require("./resolver.openharmony-arm.node");
          } catch (e) {
            loadErrors.push(e);
          }
          try {
            const binding = __require("@oxc-resolver/binding-openharmony-arm");
            const bindingPackageVersion = __require("@oxc-resolver/binding-openharmony-arm/package.json").version;
            if (bindingPackageVersion !== "11.24.2" && process.env.NAPI_RS_ENFORCE_VERSION_CHECK && process.env.NAPI_RS_ENFORCE_VERSION_CHECK !== "0") {
              throw new Error(`Native binding package version mismatch, expected 11.24.2 but got ${bindingPackageVersion}. You can reinstall dependencies to fix this issue.`);
            }
            return binding;
          } catch (e) {
            loadErrors.push(e);
          }
        } else {
          loadErrors.push(new Error(`Unsupported architecture on OpenHarmony: ${process.arch}`));
        }
      } else {
        loadErrors.push(new Error(`Unsupported OS: ${process.platform}, architecture: ${process.arch}`));
      }
    }
    nativeBinding = requireNative();
    var forceWasi = process.env.NAPI_RS_FORCE_WASI === "true" || process.env.NAPI_RS_FORCE_WASI === "error";
    if (!nativeBinding || forceWasi) {
      let wasiBinding = null;
      let wasiBindingError = null;
      try {
        wasiBinding = __require("./resolver.wasi.cjs");
        nativeBinding = wasiBinding;
      } catch (err) {
        if (forceWasi) {
          wasiBindingError = err;
        }
      }
      if (!nativeBinding || forceWasi) {
        try {
          wasiBinding = __require("@oxc-resolver/binding-wasm32-wasi");
          nativeBinding = wasiBinding;
        } catch (err) {
          if (forceWasi) {
            if (!wasiBindingError) {
              wasiBindingError = err;
            } else {
              wasiBindingError.cause = err;
            }
            loadErrors.push(err);
          }
        }
      }
      if (process.env.NAPI_RS_FORCE_WASI === "error" && !wasiBinding) {
        const error = new Error("WASI binding not found and NAPI_RS_FORCE_WASI is set to error");
        error.cause = wasiBindingError;
        throw error;
      }
    }
    if (!nativeBinding && globalThis.process?.versions?.["webcontainer"]) {
      try {
        nativeBinding = require_webcontainer_fallback();
      } catch (err) {
        loadErrors.push(err);
      }
    }
    if (!nativeBinding) {
      if (loadErrors.length > 0) {
        const error = new Error(
          `Cannot find native binding. npm has a bug related to optional dependencies (https://github.com/npm/cli/issues/4828). Please try \`npm i\` again after removing both package-lock.json and node_modules directory.`
        );
        error.cause = loadErrors.reduce((err, cur) => {
          cur.cause = err;
          return cur;
        });
        throw error;
      }
      throw new Error(`Failed to load native binding`);
    }
    module.exports = nativeBinding;
    module.exports.ResolverFactory = nativeBinding.ResolverFactory;
    module.exports.EnforceExtension = nativeBinding.EnforceExtension;
    module.exports.ModuleType = nativeBinding.ModuleType;
    module.exports.sync = nativeBinding.sync;
    if (process.versions.pnp) {
      process.env.OXC_RESOLVER_YARN_PNP = "1";
    }
  }
});

// src/consolidation/run.ts
import { existsSync } from "node:fs";
import { realpath } from "node:fs/promises";
import path9 from "node:path";

// src/consolidation/audit.ts
function auditConcerns(concerns, graph, violations) {
  return concerns.map((concern) => {
    const imports = violations.filter((v) => v.concern === concern.name && v.rule === "deprecated-import");
    const present = graph.allFiles.filter(concern.isDeprecated);
    const modules = [.../* @__PURE__ */ new Set([...present, ...imports.map((v) => v.target)])].sort();
    return {
      concern: concern.name,
      modules: modules.map((module) => moduleAudit(module, present.includes(module), imports))
    };
  });
}
function moduleAudit(module, exists, imports) {
  const buckets = /* @__PURE__ */ new Map();
  const importers = /* @__PURE__ */ new Set();
  for (const v of imports.filter((i) => i.target === module)) {
    importers.add(v.file);
    const symbols = [...new Set(v.names ?? [])].sort();
    const key = `${v.how}\0${symbols.join(",")}`;
    const bucket = buckets.get(key) ?? { symbols, how: v.how, files: [] };
    if (!bucket.files.includes(v.file)) bucket.files.push(v.file);
    buckets.set(key, bucket);
  }
  return {
    module,
    exists,
    importers: importers.size,
    buckets: [...buckets.values()].sort(
      (a, b) => b.files.length - a.files.length || (a.how < b.how ? -1 : 1)
    )
  };
}
function concernStatuses(concerns, violations) {
  return concerns.map((concern) => {
    const mine = violations.filter((v) => v.concern === concern.name);
    const files = new Set(mine.map((v) => v.file)).size;
    const missing = mine.filter((v) => v.rule === "missing-canonical").map((v) => v.file);
    const status = missing.length > 0 ? "broken" : mine.length === 0 ? "consolidated" : "in-progress";
    return {
      concern: concern.name,
      status,
      violations: mine.length,
      files,
      summary: status === "broken" ? `broken: canonical ${missing.join(", ")} missing` : status === "consolidated" ? "consolidated" : `${mine.length} violation(s) in ${files} file(s)`
    };
  });
}

// src/consolidation/baseline.ts
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
function identityOf(v) {
  return [v.concern, v.rule, v.file, v.symbol].join("\0");
}
async function readBaseline(file, shown) {
  const text = await readOptionalInputFile(file, {
    display: shown,
    what: "baseline",
    maxBytes: REPORT_MAX_BYTES
  });
  if (text === void 0) return [];
  try {
    const doc = JSON.parse(text);
    if (!Array.isArray(doc.violations)) throw new Error('expected {"violations": [...]}');
    return doc.violations.map((v) => {
      if (![v.concern, v.rule, v.file, v.symbol].every((s) => typeof s === "string")) {
        throw new Error("each violation needs concern, rule, file and symbol strings");
      }
      return { concern: v.concern, rule: v.rule, file: v.file, symbol: v.symbol };
    });
  } catch (error) {
    throw new ConfigurationError(
      `baseline ${shown} is not valid: ${error.message}; regenerate it with --update-baseline`,
      { position: { file: shown }, cause: error }
    );
  }
}
function baselineOf(violations) {
  const byId = /* @__PURE__ */ new Map();
  for (const v of violations) {
    const entry = { concern: v.concern, rule: v.rule, file: v.file, symbol: v.symbol };
    byId.set(identityOf(entry), entry);
  }
  return [...byId.entries()].sort(([a], [b]) => a < b ? -1 : 1).map(([, e]) => e);
}
async function writeBaseline(file, violations) {
  const entries = baselineOf(violations);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify({ version: 1, violations: entries }, null, 2)}
`);
  return entries;
}
function fixedEntries(entries, violations) {
  const current = new Set(violations.map(identityOf));
  return entries.filter((e) => !current.has(identityOf(e)));
}

// src/consolidation/cache.ts
import { createHash } from "node:crypto";
import { mkdir as mkdir2, readFile, rename, writeFile as writeFile2 } from "node:fs/promises";
import path2 from "node:path";

// src/consolidation/js-tokens.ts
var KEYWORDS = new Set(
  "async await break case catch class const continue debugger default delete do else export extends finally for function if import in instanceof let new of return static super switch this throw try typeof var void while with yield true false null undefined interface type enum implements private public protected readonly abstract as satisfies keyof".split(" ")
);
var PUNCTUATORS = [
  ">>>=",
  "...",
  "===",
  "!==",
  "**=",
  "<<=",
  ">>=",
  ">>>",
  "&&=",
  "||=",
  "??=",
  "=>",
  "==",
  "!=",
  "<=",
  ">=",
  "&&",
  "||",
  "??",
  "?.",
  "++",
  "--",
  "+=",
  "-=",
  "*=",
  "/=",
  "%=",
  "&=",
  "|=",
  "^=",
  "**",
  "<<",
  ">>"
];
var VALUE_END = /^(?:ID|LIT|\)|\]|\}|this|super)$/;
function tokenizeScript(text) {
  const out = [];
  let line = 1;
  let i = 0;
  const push = (value, start, end, word) => {
    out.push(word === void 0 ? { value, line } : { value, line, word });
    line += countNewlines(text, start, end);
  };
  while (i < text.length) {
    const c = text[i];
    const next = text[i + 1];
    if (c === "\n") {
      line++;
      i++;
    } else if (c === " " || c === "	" || c === "\r") {
      i++;
    } else if (c === "/" && next === "/") {
      i = text.indexOf("\n", i);
      if (i === -1) i = text.length;
    } else if (c === "/" && next === "*") {
      const end = text.indexOf("*/", i + 2);
      const stop = end === -1 ? text.length : end + 2;
      line += countNewlines(text, i, stop);
      i = stop;
    } else if (c === '"' || c === "'" || c === "`") {
      const end = skipQuoted(text, i);
      push("LIT", i, end);
      i = end;
    } else if (/[A-Za-z_$\u00c0-\uffff]/.test(c)) {
      let j = i + 1;
      while (j < text.length && /[\w$\u00c0-\uffff]/.test(text[j])) j++;
      const word = text.slice(i, j);
      if (KEYWORDS.has(word)) push(word, i, j);
      else push("ID", i, j, word);
      i = j;
    } else if (/[0-9]/.test(c) || c === "." && /[0-9]/.test(next ?? "")) {
      let j = i + 1;
      while (j < text.length && /[\w.]/.test(text[j])) j++;
      push("LIT", i, j);
      i = j;
    } else if (c === "/" && !VALUE_END.test(out[out.length - 1]?.value ?? "") && !closesTag(out, next)) {
      const end = skipRegex(text, i);
      push("LIT", i, end);
      i = end;
    } else {
      const p = PUNCTUATORS.find((q) => text.startsWith(q, i)) ?? c;
      push(p, i, i + p.length);
      i += p.length;
    }
  }
  return out;
}
function closesTag(out, next) {
  return out[out.length - 1]?.value === "<" && next !== void 0 && /[A-Za-z>]/.test(next);
}
function countNewlines(text, start, end) {
  let n = 0;
  for (let i = text.indexOf("\n", start); i !== -1 && i < end; i = text.indexOf("\n", i + 1)) n++;
  return n;
}
function skipQuoted(text, start) {
  const q = text[start];
  let i = start + 1;
  let depth = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === "\\") i += 2;
    else if (depth === 0 && c === q) return i + 1;
    else if (depth === 0 && c === "\n" && q !== "`") return i;
    else if (q === "`" && c === "$" && text[i + 1] === "{") {
      depth++;
      i += 2;
    } else {
      if (depth > 0 && c === "{") depth++;
      else if (depth > 0 && c === "}") depth--;
      i++;
    }
  }
  return text.length;
}
function skipRegex(text, start) {
  let i = start + 1;
  let inClass = false;
  while (i < text.length && text[i] !== "\n") {
    const c = text[i];
    if (c === "\\") {
      i += 2;
      continue;
    }
    if (c === "/" && !inClass) {
      i++;
      while (/[a-z]/.test(text[i] ?? "")) i++;
      return i;
    }
    if (c === "[") inClass = true;
    else if (c === "]") inClass = false;
    i++;
  }
  return i;
}

// src/consolidation/noise.ts
function meaningfulTokens(language, tokens) {
  if (language === "python") return dropConstants(collapseTables(dropPythonImports(tokens)));
  return dropConstants(collapseTables(dropMarkup(dropDeclarations(tokens))));
}
var OPEN = { "(": ")", "[": "]", "{": "}" };
var CLOSE = /* @__PURE__ */ new Set([")", "]", "}"]);
function closing(t, i) {
  let depth = 0;
  for (let j = i; j < t.length; j++) {
    const v = t[j].value;
    if (OPEN[v]) depth++;
    else if (CLOSE.has(v) && --depth === 0) return j;
  }
  return -1;
}
function statementStart(t, i) {
  const prev = t[i - 1];
  return !prev || prev.value === ";" || prev.value === "}" || prev.value === "{" || prev.line < t[i].line;
}
function dropDeclarations(t) {
  const out = [];
  for (let i = 0; i < t.length; ) {
    const end = statementStart(t, i) ? declarationEnd(t, i) : i;
    if (end > i) i = end;
    else out.push(t[i++]);
  }
  return out;
}
function declarationEnd(t, i) {
  const v = t[i].value;
  const next = t[i + 1]?.value;
  if (v === "import" && next !== "(" && next !== ".") return importEnd(t, i + 1);
  if (v === "export") {
    const k = next === "type" && t[i + 2]?.value === "{" ? i + 2 : i + 1;
    if (t[k]?.value === "{") return fromClauseEnd(t, closing(t, k) + 1);
    if (t[k]?.value === "*") return fromClauseEnd(t, t[k + 1]?.value === "as" ? k + 3 : k + 1);
    const end = typeDeclarationEnd(t, i + 1);
    return end > i + 1 ? end : i;
  }
  return typeDeclarationEnd(t, i);
}
function importEnd(t, j) {
  for (; j < t.length; j++) {
    const prev = t[j - 1];
    if (t[j].value === "LIT" && (prev.word === "from" || prev.value === "import" || prev.value === "(")) {
      j++;
      if (t[j]?.value === ")") j++;
      return t[j]?.value === ";" ? j + 1 : j;
    }
    if (t[j].value === ";") return j + 1;
  }
  return j;
}
function fromClauseEnd(t, j) {
  if (j <= 0) return t.length;
  if (t[j]?.word === "from" && t[j + 1]?.value === "LIT") j += 2;
  return t[j]?.value === ";" ? j + 1 : j;
}
var CONTINUES = /* @__PURE__ */ new Set(["=", "|", "&", ",", "=>", "?", ":", "<", "extends", "keyof", ".", "("]);
var LEADS = /* @__PURE__ */ new Set(["|", "&", ".", "?", ":", "=>", ">", "extends"]);
function typeDeclarationEnd(t, i) {
  let k = i;
  if (t[k]?.word === "declare") return blockOrStatementEnd(t, k + 1);
  if (t[k]?.value === "const" && t[k + 1]?.value === "enum") k++;
  const v = t[k]?.value;
  if ((v === "interface" || v === "enum") && t[k + 1]?.value === "ID") return blockOrStatementEnd(t, k + 1);
  if (v === "type" && t[k + 1]?.value === "ID" && ["=", "<"].includes(t[k + 2]?.value ?? "")) {
    let depth = 0;
    for (let j = k + 2; j < t.length; j++) {
      const tok = t[j].value;
      if (depth === 0 && tok === ";") return j + 1;
      if (depth === 0 && j > k + 3 && t[j].line > t[j - 1].line) {
        if (!CONTINUES.has(t[j - 1].value) && !LEADS.has(tok)) return j;
      }
      if (OPEN[tok]) depth++;
      else if (CLOSE.has(tok)) depth--;
    }
    return t.length;
  }
  return i;
}
function blockOrStatementEnd(t, j) {
  for (; j < t.length; j++) {
    if (t[j].value === ";") return j + 1;
    if (t[j].value === "{") {
      const end = closing(t, j);
      return end < 0 ? t.length : end + 1;
    }
  }
  return j;
}
function dropPythonImports(t) {
  const out = [];
  for (let i = 0; i < t.length; ) {
    const atLine = i === 0 || t[i - 1].value === "NL";
    if (atLine && (t[i].value === "import" || t[i].value === "from")) {
      while (i < t.length && t[i].value !== "NL") i++;
      i++;
    } else out.push(t[i++]);
  }
  return out;
}
var TABLE_PARTS = /* @__PURE__ */ new Set([
  ",",
  ":",
  "-",
  "+",
  ".",
  "...",
  "NL",
  "as",
  "const",
  "true",
  "false",
  "null",
  "None",
  "True",
  "False"
]);
function collapseTables(t) {
  const out = [];
  const opens = [];
  for (const token of t) {
    if (token.value === "[" || token.value === "{") opens.push(out.length);
    if ((token.value === "]" || token.value === "}") && opens.length > 0) {
      const open = opens.pop();
      if (isTable(out, open + 1)) {
        out.splice(open, out.length - open, { value: "TABLE", line: out[open].line });
        continue;
      }
    }
    out.push(token);
  }
  return out;
}
function isTable(t, from) {
  let values = 0;
  for (let j = from; j < t.length; j++) {
    const v = t[j].value;
    if (v === "LIT" || v === "TABLE" || v === "ID") values++;
    else if (!TABLE_PARTS.has(v)) return false;
  }
  return values >= 3;
}
function dropConstants(t) {
  const out = [];
  for (let i = 0; i < t.length; ) {
    const end = statementStart(t, i) ? constantEnd(t, i) : i;
    if (end > i) i = end;
    else out.push(t[i++]);
  }
  return out;
}
function constantEnd(t, i) {
  let j = i;
  if (t[j]?.value === "export") j++;
  if (t[j]?.value === "const" || t[j]?.value === "let" || t[j]?.value === "var") j++;
  if (t[j]?.value !== "ID" || t[j + 1]?.value !== "=") return i;
  j += 2;
  if (t[j]?.value === "-") j++;
  if (t[j]?.value !== "LIT" && t[j]?.value !== "TABLE") return i;
  j++;
  if (t[j]?.value === "as" && t[j + 1]?.value === "const") j += 2;
  if (t[j]?.value === ";" || t[j]?.value === "NL") return j + 1;
  return j >= t.length || t[j].line > t[j - 1].line ? j : i;
}
var JSX_AFTER = /* @__PURE__ */ new Set(["(", "return", "=>", "?", ":", "&&", "||", "??", ",", "=", "{", "[", "}", ";"]);
function dropMarkup(t) {
  const out = [];
  for (let i = 0; i < t.length; ) {
    if (t[i].value === "<" && (i === 0 || JSX_AFTER.has(t[i - 1].value))) {
      const kept = [];
      const end = element(t, i, kept);
      if (end > i) {
        out.push(...kept);
        i = end;
        continue;
      }
    }
    out.push(t[i++]);
  }
  return out;
}
var NAME = /^[A-Za-z_$]/;
function element(t, i, kept) {
  let j = i + 1;
  if (t[j]?.value !== ">") {
    if (!NAME.test(t[j]?.value ?? "")) return -1;
    j++;
    while ([".", ":", "-"].includes(t[j]?.value ?? "") && NAME.test(t[j + 1]?.value ?? "")) j += 2;
  }
  while (j < t.length) {
    const v = t[j].value;
    if (v === "/" && t[j + 1]?.value === ">") return j + 2;
    if (v === ">") return closingTag(t, children(t, j + 1, kept));
    if (v === "{") {
      j = expression(t, j, kept);
      if (j < 0) return -1;
    } else if (NAME.test(v)) {
      j++;
      while ((t[j]?.value === "-" || t[j]?.value === ":") && NAME.test(t[j + 1]?.value ?? "")) j += 2;
      if (t[j]?.value !== "=") continue;
      j++;
      if (t[j]?.value === "LIT") j++;
      else if (t[j]?.value === "{") j = expression(t, j, kept);
      else return -1;
      if (j < 0) return -1;
    } else return -1;
  }
  return -1;
}
function children(t, j, kept) {
  while (j >= 0 && j < t.length) {
    const v = t[j].value;
    if (v === "<" && t[j + 1]?.value === "/") return j;
    if (v === "<") j = element(t, j, kept);
    else if (v === "{") j = expression(t, j, kept);
    else j++;
  }
  return -1;
}
function closingTag(t, j) {
  if (j < 0) return -1;
  for (j += 2; j < t.length; j++) if (t[j].value === ">") return j + 1;
  return -1;
}
function expression(t, j, kept) {
  const end = closing(t, j);
  if (end < 0) return -1;
  kept.push(...dropMarkup(t.slice(j + 1, end)));
  return end + 1;
}

// src/consolidation/python-tokens.ts
var NAME_START = /[\p{L}_]/u;
var NAME_PART = /[\p{L}\p{N}_]/u;
var STRING_PREFIX = /^(?:[rRbBuUfF]|[rR][bBfF]|[bBfF][rR])$/;
var OPERATORS = [
  "**=",
  "//=",
  ">>=",
  "<<=",
  "...",
  "->",
  ":=",
  "**",
  "//",
  "<<",
  ">>",
  "<=",
  ">=",
  "==",
  "!="
];
var OPERATOR_EQ = /* @__PURE__ */ new Set(["+", "-", "*", "/", "%", "&", "|", "^", "@"]);
function tokenizePython(text) {
  const tokens = [];
  let depth = 0;
  let i = 0;
  const push = (type, start, end) => tokens.push({ type, value: text.slice(start, end), start, end });
  while (i < text.length) {
    const c = text[i];
    if (c === "\n") {
      const last = tokens[tokens.length - 1];
      if (depth === 0 && last && last.type !== "newline") push("newline", i, i + 1);
      i++;
    } else if (c === " " || c === "	" || c === "\r" || c === "\f") {
      i++;
    } else if (c === "\\" && (text[i + 1] === "\n" || text[i + 1] === "\r" && text[i + 2] === "\n")) {
      i += text[i + 1] === "\n" ? 2 : 3;
    } else if (c === "#") {
      const end = lineEnd(text, i);
      push("comment", i, end);
      i = end;
    } else if (c === '"' || c === "'") {
      const end = scanString(text, i, "");
      push("string", i, end);
      i = end;
    } else if (NAME_START.test(c)) {
      let j = i + 1;
      while (j < text.length && NAME_PART.test(text[j])) j++;
      const word = text.slice(i, j);
      if ((text[j] === '"' || text[j] === "'") && STRING_PREFIX.test(word)) {
        const end = scanString(text, j, word.toLowerCase());
        push("string", i, end);
        i = end;
      } else {
        push("name", i, j);
        i = j;
      }
    } else if (/[0-9]/.test(c) || c === "." && /[0-9]/.test(text[i + 1] ?? "")) {
      let j = i + 1;
      while (j < text.length && /[0-9a-zA-Z_.]/.test(text[j])) {
        j += /[eE]/.test(text[j]) && /[+-]/.test(text[j + 1] ?? "") && !/^0[xX]/.test(text.slice(i, j)) ? 2 : 1;
      }
      push("number", i, j);
      i = j;
    } else {
      const op = OPERATORS.find((o) => text.startsWith(o, i));
      const len = op ? op.length : OPERATOR_EQ.has(c) && text[i + 1] === "=" ? 2 : 1;
      if ("([{".includes(c)) depth++;
      else if (")]}".includes(c)) depth = Math.max(0, depth - 1);
      push("op", i, i + len);
      i += len;
    }
  }
  return tokens;
}
function lineEnd(text, from) {
  const end = text.indexOf("\n", from);
  return end === -1 ? text.length : end;
}
function scanString(text, quote, prefix) {
  const q = text[quote];
  const triple = text.startsWith(q.repeat(3), quote);
  const close = triple ? q.repeat(3) : q;
  const formatted = prefix.includes("f");
  let i = quote + close.length;
  while (i < text.length) {
    const c = text[i];
    if (c === "\\") i += 2;
    else if (text.startsWith(close, i)) return i + close.length;
    else if (c === "\n" && !triple) return i;
    else if (formatted && c === "{") {
      if (text[i + 1] === "{") i += 2;
      else i = scanReplacementField(text, i + 1);
    } else i++;
  }
  return text.length;
}
function scanReplacementField(text, from) {
  let depth = 1;
  let i = from;
  while (i < text.length && depth > 0) {
    const c = text[i];
    if (c === '"' || c === "'") {
      i = scanString(text, i, "");
      continue;
    }
    if (c === "{" || c === "[" || c === "(") depth++;
    else if (c === "}" || c === "]" || c === ")") depth--;
    else if (c === "\n" && depth === 1) break;
    i++;
  }
  return i;
}

// src/consolidation/fingerprint.ts
var K = 12;
var W = 8;
var FINGERPRINT_VERSION = 3;
var PY_KEYWORDS = new Set(
  "False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield self".split(" ")
);
function normalisedTokens(language, text) {
  if (language === "js") return tokenizeScript(text);
  const lines = new LineIndex(text);
  return tokenizePython(text).filter((t) => t.type !== "comment").map((t) => {
    const line = lines.at(t.start).line;
    if (t.type === "name") return { value: PY_KEYWORDS.has(t.value) ? t.value : "ID", line };
    if (t.type === "string" || t.type === "number") return { value: "LIT", line };
    return { value: t.type === "newline" ? "NL" : t.value, line };
  });
}
function fingerprints(language, text) {
  const tokens = meaningfulTokens(language, normalisedTokens(language, text));
  if (tokens.length < K) return [tokens.length];
  const ids = intern(tokens);
  const hashes = [];
  for (let i = 0; i + K <= ids.length; i++) {
    let h = 2166136261;
    for (let j = i; j < i + K; j++) h = Math.imul(h ^ ids[j], 16777619);
    hashes.push(h >>> 0);
  }
  const out = [tokens.length];
  let last = -1;
  for (let start = 0; start + W <= Math.max(hashes.length, W); start++) {
    let best = start;
    const end = Math.min(start + W, hashes.length);
    for (let i = start; i < end; i++) if (hashes[i] <= hashes[best]) best = i;
    if (best !== last && best < hashes.length) {
      out.push(hashes[best], best, tokens[best].line, tokens[best + K - 1].line);
      last = best;
    }
  }
  return out;
}
function tokenCount(packed) {
  return packed[0] ?? 0;
}
function fingerprintCount(packed) {
  return Math.max(0, (packed.length - 1) / 4);
}
function fingerprintAt(packed, i) {
  const at = 1 + i * 4;
  return { hash: packed[at], token: packed[at + 1], line: packed[at + 2], endLine: packed[at + 3] };
}
function intern(tokens) {
  return tokens.map((t) => {
    let h = 5381;
    for (let i = 0; i < t.value.length; i++) h = Math.imul(h, 33) ^ t.value.charCodeAt(i);
    return h >>> 0;
  });
}

// src/consolidation/cache.ts
var OXC_PARSER_VERSION = "0.159.0";
var CACHE_VERSION = `lg4-oxc${OXC_PARSER_VERSION}-fp${FINGERPRINT_VERSION}`;
var FILE_NAME = `consolidation-${CACHE_VERSION}.json`;
var RACY_MS = 2e3;
function contentKey(language, text) {
  return createHash("sha1").update(language).update("\0").update(text).digest("base64url");
}
var ParseCache = class _ParseCache {
  constructor(file, stored, options) {
    this.file = file;
    this.stored = stored;
    this.options = options;
  }
  file;
  stored;
  options;
  used = /* @__PURE__ */ new Map();
  usedFiles = /* @__PURE__ */ new Map();
  changed = false;
  hits = 0;
  misses = 0;
  /** The folder the cache lives in (undefined: in memory only), for the caches beside it. */
  get folder() {
    return this.file === void 0 ? void 0 : path2.dirname(this.file);
  }
  /** Opens the cache in `dir`; a missing or corrupt file is an empty cache. No dir: in memory only. */
  static async open(dir, options = {}) {
    const settings = { statCache: options.statCache ?? true, racyMs: options.racyMs ?? RACY_MS };
    const empty = { version: CACHE_VERSION, files: {}, entries: {} };
    if (!dir) return new _ParseCache(void 0, empty, settings);
    const file = path2.join(dir, FILE_NAME);
    try {
      const stored = JSON.parse(await readFile(file, "utf8"));
      const valid = stored.version === CACHE_VERSION && stored.files && stored.entries;
      return new _ParseCache(file, valid ? stored : empty, settings);
    } catch {
      return new _ParseCache(file, empty, settings);
    }
  }
  /** The content key last hashed for `file` (absolute) when its stat is unchanged since, else undefined. */
  keyByStat(file, info) {
    if (!this.options.statCache) return void 0;
    const row = this.usedFiles.get(file) ?? this.stored.files[file];
    if (!row || !sameStat(row, info)) return void 0;
    this.usedFiles.set(file, row);
    return row[4];
  }
  /** Records that `file` had content `key` with stat `info`, taken at `statAt` (ms since the epoch). */
  rememberStat(file, info, key, statAt) {
    if (!this.options.statCache) return;
    if (statAt - Math.max(info.mtimeMs, info.ctimeMs) <= this.options.racyMs) {
      this.usedFiles.delete(file);
      return;
    }
    const row = [info.size, info.mtimeMs, info.ctimeMs, info.ino, key];
    const before = this.stored.files[file];
    if (!before || !sameStat(before, info) || before[4] !== key) this.changed = true;
    this.usedFiles.set(file, row);
  }
  /** The cached entry of a content key without counting a hit or a miss. */
  peek(key) {
    return this.used.get(key) ?? this.stored.entries[key];
  }
  /** The cached parse of a content key, if any; counts a hit or a miss. */
  get(key) {
    const found = this.peek(key);
    if (found) {
      this.hits++;
      this.used.set(key, found);
    } else this.misses++;
    return found;
  }
  set(key, parsed) {
    this.used.set(key, parsed);
    this.changed = true;
  }
  /** Writes the entries used in this run (atomically, so a parallel run never reads half a file). */
  async save() {
    if (!this.file) return;
    const shrunk = this.used.size !== Object.keys(this.stored.entries).length || this.usedFiles.size !== Object.keys(this.stored.files).length;
    if (!this.changed && !shrunk) return;
    await mkdir2(path2.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    const data = {
      version: CACHE_VERSION,
      files: Object.fromEntries(this.usedFiles),
      entries: Object.fromEntries(this.used)
    };
    await writeFile2(tmp, JSON.stringify(data));
    await rename(tmp, this.file);
  }
};
function sameStat(row, info) {
  return row[0] === info.size && row[1] === info.mtimeMs && row[2] === info.ctimeMs && row[3] === info.ino;
}

// src/consolidation/graph.ts
import { readFileSync as readFileSync2, statSync as statSync2 } from "node:fs";
import { availableParallelism } from "node:os";
import path7 from "node:path";

// src/consolidation/parse-python.ts
function parsePython(text) {
  const tokens = tokenizePython(text);
  const lines = new LineIndex(text);
  const comments = [];
  const imports = [];
  let statement = [];
  const flush = () => {
    if (statement.length > 0) imports.push(...importsOf(statement, lines));
    statement = [];
  };
  for (const token of tokens) {
    if (token.type === "comment") comments.push([token.start, token.end]);
    else if (token.type === "newline" || token.type === "op" && token.value === ";") flush();
    else statement.push(token);
  }
  flush();
  return { imports, comments };
}
function importsOf(tokens, lines) {
  const colon = tokens.findIndex((t) => t.type === "op" && t.value === ":");
  const start = tokens[0]?.type === "name" && COMPOUND.has(tokens[0].value) && colon > 0 ? colon + 1 : 0;
  const head = tokens[start];
  if (!head || head.type !== "name") return [];
  const at = lines.at(head.start);
  if (head.value === "import") {
    return splitCommas(tokens.slice(start + 1)).flatMap((part) => {
      const name = dotted(part);
      return name ? [{ specifier: name, kind: "static", names: ["*"], level: 0, ...at }] : [];
    });
  }
  if (head.value !== "from") return [];
  const importAt = tokens.findIndex((t, i) => i > start && t.type === "name" && t.value === "import");
  if (importAt < 0) return [];
  const source = tokens.slice(start + 1, importAt);
  let level = 0;
  for (const t of source) {
    if (t.type !== "op" || t.value !== "." && t.value !== "...") break;
    level += t.value.length;
  }
  const module = dotted(source.slice(source.findIndex((t) => t.type !== "op")));
  if (level === 0 && !module) return [];
  const names = splitCommas(tokens.slice(importAt + 1).filter((t) => !"()".includes(t.value))).map((part) => part[0]?.value === "*" ? "*" : part[0]?.type === "name" ? part[0].value : void 0).filter((n) => n !== void 0);
  return [{ specifier: module ?? "", kind: "static", names, level, ...at }];
}
var COMPOUND = /* @__PURE__ */ new Set(["if", "elif", "else", "try", "except", "finally", "with", "for", "while"]);
function dotted(tokens) {
  const parts = [];
  for (const t of tokens) {
    if (t.type === "name" && t.value === "as") break;
    if (t.type === "name") parts.push(t.value);
    else if (!(t.type === "op" && t.value === ".")) return void 0;
  }
  return parts.length > 0 ? parts.join(".") : void 0;
}
function splitCommas(tokens) {
  const parts = [[]];
  for (const t of tokens) {
    if (t.type === "op" && t.value === ",") parts.push([]);
    else parts[parts.length - 1].push(t);
  }
  return parts.filter((p) => p.length > 0);
}

// src/consolidation/parse-lazy.ts
var parser;
var loading;
function loadLazyParser() {
  loading ??= (async () => {
    try {
      const { rawTransferSupported } = await import("./supported-PK4YXIO3.js");
      if (!rawTransferSupported()) return void 0;
      const { parseSyncLazy } = await import("./lazy-Q2S2U3OI.js");
      parser = (file, text) => {
        const result = parseSyncLazy(file, text, { sourceType: "unambiguous" });
        try {
          return {
            module: plainModule(result.module),
            // Only what parse-ts.ts reads: comment spans, an error's message and first label.
            comments: [...result.comments].map((c) => ({ start: c.start, end: c.end })),
            errors: [...result.errors].map(
              (e) => ({ message: e.message, labels: [...e.labels].map((l) => ({ start: l.start })) })
            )
          };
        } finally {
          result.dispose();
        }
      };
      return parser;
    } catch {
      return void 0;
    }
  })();
  return loading;
}
function lazyParser() {
  return parser;
}
function plainModule(module) {
  return {
    hasModuleSyntax: module.hasModuleSyntax,
    staticImports: [...module.staticImports].map((s) => ({
      start: s.start,
      end: s.end,
      moduleRequest: { value: s.moduleRequest.value, start: s.moduleRequest.start, end: s.moduleRequest.end },
      entries: [...s.entries].map((e) => ({
        importName: importName(e.importName),
        localName: e.localName,
        isType: e.isType
      }))
    })),
    staticExports: [...module.staticExports].map((s) => ({
      start: s.start,
      end: s.end,
      entries: [...s.entries].map((e) => ({
        start: e.start,
        end: e.end,
        moduleRequest: e.moduleRequest ? { value: e.moduleRequest.value, start: e.moduleRequest.start, end: e.moduleRequest.end } : null,
        importName: exportImportName(e.importName),
        exportName: exportExportName(e.exportName),
        localName: e.localName,
        isType: e.isType
      }))
    })),
    dynamicImports: [...module.dynamicImports].map((d) => ({
      start: d.start,
      end: d.end,
      moduleRequest: { start: d.moduleRequest.start, end: d.moduleRequest.end }
    })),
    importMetas: []
  };
}
var nameOf = (name) => name !== null && typeof name === "object" && typeof name.value === "string" ? name.value : null;
function importName(name) {
  if (name === "namespaceObject") return { kind: "NamespaceObject", name: null };
  const value = nameOf(name);
  return value === null ? { kind: "Default", name: null } : { kind: "Name", name: value };
}
function exportImportName(name) {
  if (name === "all") return { kind: "All", name: null };
  if (name === "allButDefault") return { kind: "AllButDefault", name: null };
  const value = nameOf(name);
  return value === null ? { kind: "None", name: null } : { kind: "Name", name: value };
}
function exportExportName(name) {
  const value = nameOf(name);
  if (value !== null) return { kind: "Name", name: value };
  return name !== null && typeof name === "object" ? { kind: "Default", name: null } : { kind: "None", name: null };
}

// src/consolidation/parse-ts.ts
function parseScript(file, text) {
  const lazy = mayRequireText(text) ? void 0 : lazyParser();
  if (lazy) return readResult(lazy(file, text), text);
  return readJson(parseSync(file, text, OPTIONS), text);
}
async function parseScriptAsync(file, text) {
  if (!mayRequireText(text) && lazyParser()) return parseScript(file, text);
  return readJson(await parse(file, text, OPTIONS), text);
}
function mayRequireText(text) {
  return REQUIRE_CALL.test(text);
}
var REQUIRE_CALL = /\brequire\s*(?:\(|\/[/*])/;
var OPTIONS = { sourceType: "unambiguous" };
function readJson(result, text) {
  return readResult(result, text, result.program);
}
function readResult(result, text, ast) {
  const { module, errors } = result;
  const comments = result.comments;
  const lines = new LineIndex(text);
  const imports = moduleImports(module, text, lines);
  if (ast !== void 0 && mayRequireText(text) && mayRequire(ast)) {
    imports.push(...requireCalls(programOf(ast), lines));
  }
  imports.sort((a, b) => a.line - b.line || a.column - b.column);
  const parsed = {
    imports,
    exports: localExports(module),
    comments: comments.map((c) => [c.start, c.end])
  };
  const error = errors[0];
  if (error) {
    const at = lines.at(error.labels[0]?.start ?? 0);
    parsed.problem = { message: error.message, ...at };
  }
  return parsed;
}
function moduleImports(module, text, lines) {
  const out = [];
  for (const s of module.staticImports) {
    const typeOnly = s.entries.length > 0 && s.entries.every((e) => e.isType);
    out.push({
      specifier: s.moduleRequest.value,
      kind: typeOnly ? "type-only" : "static",
      names: s.entries.map((e) => e.importName.kind === "Default" ? "default" : e.importName.name ?? "*"),
      ...lines.at(s.start)
    });
  }
  for (const s of module.staticExports) {
    const entries = s.entries.filter((e) => e.moduleRequest !== null);
    const request = entries[0]?.moduleRequest;
    if (!request) continue;
    const typeOnly = entries.every((e) => e.isType);
    out.push({
      specifier: request.value,
      kind: typeOnly ? "type-only" : "re-export",
      names: entries.map((e) => e.importName.kind === "Name" ? e.importName.name ?? "*" : "*"),
      exported: entries.map((e) => e.exportName.name ?? (e.exportName.kind === "Default" ? "default" : "*")),
      ...lines.at(s.start)
    });
  }
  for (const d of module.dynamicImports) {
    const specifier = stringLiteral(text.slice(d.moduleRequest.start, d.moduleRequest.end));
    if (specifier !== void 0) out.push({ specifier, kind: "dynamic", names: ["*"], ...lines.at(d.start) });
  }
  return out;
}
function localExports(module) {
  return module.staticExports.flatMap(
    (s) => s.entries.filter((e) => e.moduleRequest === null).map((e) => e.exportName.kind === "Default" ? "default" : e.exportName.name ?? "default")
  );
}
function stringLiteral(source) {
  const s = source.trim();
  const quote = s[0];
  if ((quote === '"' || quote === "'" || quote === "`") && s.endsWith(quote) && s.length >= 2) {
    const body = s.slice(1, -1);
    if (quote === "`" && body.includes("${")) return void 0;
    return body;
  }
  return void 0;
}
function mayRequire(ast) {
  return ast.includes('"name":"require"') || ast.includes('"TSExternalModuleReference"');
}
function programOf(ast) {
  return JSON.parse(ast).node;
}
function requireCalls(program, lines) {
  const out = [];
  const stack = [program];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      for (const child of node) if (child && typeof child === "object") stack.push(child);
      continue;
    }
    if (!node || typeof node !== "object") continue;
    const specifier = requiredModule(node);
    if (specifier !== void 0) {
      out.push({ specifier, kind: "require", names: ["*"], ...lines.at(node.start) });
    }
    for (const [key, child] of Object.entries(node)) {
      if (key !== "parent" && child && typeof child === "object") stack.push(child);
    }
  }
  return out;
}
function requiredModule(node) {
  if (node.type === "CallExpression" && node.callee?.type === "Identifier" && node.callee.name === "require") {
    const arg = node.arguments?.[0];
    return arg?.type === "Literal" && typeof arg.value === "string" ? arg.value : void 0;
  }
  if (node.type === "TSExternalModuleReference" && typeof node.expression?.value === "string") {
    return node.expression.value;
  }
  return void 0;
}

// src/consolidation/scan-large.ts
import { createReadStream, statSync } from "node:fs";
var CHUNK = 64 * 1024;
var OVERLAP = 4096;
var JS_PATTERNS = [
  { kind: "static", regex: /\bimport\s+(type\s+)?(?:[\w$*{},\s]+?\s+from\s*)?(['"])([^'"\n]+)\2/g },
  {
    kind: "re-export",
    regex: /\bexport\s+(type\s+)?(?:\*(?:\s+as\s+[\w$]+)?|\{[^}]*\})\s*from\s*(['"])([^'"\n]+)\2/g
  },
  { kind: "dynamic", regex: /\bimport\s*\(\s*()(['"])([^'"\n]+)\2\s*\)/g },
  { kind: "require", regex: /\brequire\s*\(\s*()(['"])([^'"\n]+)\2\s*\)/g }
];
var PY_FROM = /^[ \t]*from[ \t]+(\.*)([\w.]*)[ \t]+import[ \t]+(\([^)]*\)|[^\n#;]+)/gm;
var PY_IMPORT = /^[ \t]*import[ \t]+([\w.]+(?:[ \t]*,[ \t]*[\w.]+)*)/gm;
async function largeFileImports(file, language, cache) {
  const statAt = Date.now();
  const info = statSync(file, { throwIfNoEntry: false });
  const known = info ? cache.keyByStat(file, info) : void 0;
  const entry = known === void 0 ? void 0 : cache.get(known);
  if (entry) return entry.imports;
  const imports = await scanLargeFile(file, language);
  if (info) {
    const key = `large:${language}:${info.size}:${info.mtimeMs}:${info.ctimeMs}:${info.ino}`;
    cache.set(key, { imports, comments: [] });
    cache.rememberStat(file, info, key, statAt);
  }
  return imports;
}
async function scanLargeFile(file, language) {
  const out = [];
  let carry = "";
  let carryLine = 1;
  const scan2 = (text, final) => {
    for (const found of matches(text, language)) {
      if (!final && found.index + found.length > text.length - OVERLAP / 2) continue;
      out.push({
        ...found.record,
        line: carryLine + countLines(text, found.index),
        column: 1 + column(text, found.index)
      });
    }
  };
  for await (const chunk of createReadStream(file, { encoding: "utf8", highWaterMark: CHUNK })) {
    const text = carry + chunk;
    scan2(text, false);
    const keep = Math.max(0, text.length - OVERLAP);
    carryLine += countLines(text, keep);
    carry = text.slice(keep);
  }
  scan2(carry, true);
  const seen = /* @__PURE__ */ new Set();
  return out.sort((a, b) => a.line - b.line || a.column - b.column).filter((r) => {
    const key = `${r.line}:${r.column}:${r.specifier}`;
    return !seen.has(key) && seen.add(key);
  });
}
function matches(text, language) {
  const out = [];
  if (language === "js") {
    for (const { kind, regex } of JS_PATTERNS) {
      for (const m of text.matchAll(regex)) {
        const typeOnly = m[1] !== void 0 && m[1] !== "";
        out.push({
          index: m.index,
          length: m[0].length,
          record: {
            specifier: m[3],
            kind: typeOnly ? "type-only" : kind,
            names: ["*"],
            ...kind === "re-export" ? { exported: ["*"] } : {}
          }
        });
      }
    }
    return out;
  }
  for (const m of text.matchAll(PY_FROM)) {
    const names = m[3].replace(/[()]/g, "").split(",").map((n) => n.trim().split(/\s+as\s+/)[0]).filter(Boolean);
    out.push({
      index: m.index,
      length: m[0].length,
      record: { specifier: m[2], kind: "static", names, level: m[1].length }
    });
  }
  for (const m of text.matchAll(PY_IMPORT)) {
    for (const name of m[1].split(",").map((n) => n.trim())) {
      out.push({
        index: m.index,
        length: m[0].length,
        record: { specifier: name, kind: "static", names: ["*"], level: 0 }
      });
    }
  }
  return out;
}
function countLines(text, end) {
  let n = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < end; i = text.indexOf("\n", i + 1)) n++;
  return n;
}
function column(text, index) {
  return index - (text.lastIndexOf("\n", index - 1) + 1);
}

// src/consolidation/resolve-python.ts
import path3 from "node:path";
function createPythonResolver(pythonFiles) {
  const known = new Set(pythonFiles);
  const isPackage = (dir) => known.has(join(dir, "__init__.py"));
  const rootOf = (file) => {
    let dir = path3.posix.dirname(file);
    while (dir !== "." && isPackage(dir)) dir = path3.posix.dirname(dir);
    return dir === "." ? "" : dir;
  };
  const roots = [...new Set([...known].map(rootOf))].sort();
  const moduleFile = (dir, parts) => {
    const base = join(dir, ...parts);
    if (parts.length > 0 && known.has(`${base}.py`)) return `${base}.py`;
    const init = join(base, "__init__.py");
    return known.has(init) ? init : void 0;
  };
  return (file, record) => {
    const parts = record.specifier === "" ? [] : record.specifier.split(".");
    const level = record.level ?? 0;
    let bases;
    if (level > 0) {
      let dir = path3.posix.dirname(file);
      for (let i = 1; i < level; i++) dir = path3.posix.dirname(dir);
      bases = [dir === "." ? "" : dir];
    } else {
      const own = rootOf(file);
      const scriptDir = path3.posix.dirname(file);
      bases = [.../* @__PURE__ */ new Set([own, scriptDir === "." ? "" : scriptDir, ...roots, ""])];
    }
    for (const base of bases) {
      const resolved = resolveFrom(base, parts, record, moduleFile);
      if (resolved) return resolved;
    }
    return [{ ...record }];
  };
}
function resolveFrom(base, parts, record, moduleFile) {
  const module = moduleFile(base, parts);
  if (record.names.includes("*")) return module ? [{ ...record, target: module }] : void 0;
  const out = [];
  const symbols = [];
  for (const name of record.names) {
    const sub = moduleFile(base, [...parts, name]);
    if (sub) out.push({ ...record, names: ["*"], target: sub });
    else symbols.push(name);
  }
  if (symbols.length > 0) {
    if (!module) return out.length > 0 ? [...out, { ...record, names: symbols }] : void 0;
    out.unshift({ ...record, names: symbols, target: module });
  }
  return out;
}
function join(...parts) {
  return parts.filter((p) => p !== "").join("/");
}

// src/consolidation/resolution-cache.ts
import { createHash as createHash2 } from "node:crypto";
import { readFileSync } from "node:fs";
import { mkdir as mkdir3, readFile as readFile2, rename as rename2, writeFile as writeFile3 } from "node:fs/promises";
import path4 from "node:path";
var FILE_NAME2 = "resolutions-v1.json";
var CONFIG_FILE = /(^|\/)(tsconfig[^/]*\.json|jsconfig[^/]*\.json|package\.json)$/;
function resolutionState(root, allFiles, extra) {
  const hash = createHash2("sha1").update(root).update("\0").update(extra).update("\0");
  for (const file of allFiles) {
    hash.update(file).update("\n");
    if (CONFIG_FILE.test(file)) {
      try {
        hash.update(readFileSync(path4.join(root, file)));
      } catch {
        hash.update("\0unreadable");
      }
    }
  }
  return hash.digest("hex");
}
var ResolutionCache = class _ResolutionCache {
  constructor(file, state, stored) {
    this.file = file;
    this.state = state;
    this.stored = stored;
  }
  file;
  state;
  stored;
  fresh = /* @__PURE__ */ new Map();
  changed = false;
  /** Opens the cache in `dir` for `state`; another state, a missing or a corrupt file: empty. */
  static async open(dir, state) {
    if (!dir) return new _ResolutionCache(void 0, state, {});
    const file = path4.join(dir, FILE_NAME2);
    try {
      const stored = JSON.parse(await readFile2(file, "utf8"));
      return new _ResolutionCache(file, state, stored.state === state && stored.files ? stored.files : {});
    } catch {
      return new _ResolutionCache(file, state, {});
    }
  }
  /** The targets cached for `file` at content `key` (`''` = unresolved), if any. */
  get(file, key) {
    const row = this.stored[file];
    if (!row || row[0] !== key) return void 0;
    this.fresh.set(file, row);
    return row[1];
  }
  set(file, key, targets) {
    this.fresh.set(file, [key, targets]);
    this.changed = true;
  }
  /** Writes the entries of this run, atomically. */
  async save() {
    if (!this.file) return;
    if (!this.changed && this.fresh.size === Object.keys(this.stored).length) return;
    await mkdir3(path4.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    const data = { state: this.state, files: Object.fromEntries(this.fresh) };
    await writeFile3(tmp, JSON.stringify(data));
    await rename2(tmp, this.file);
  }
};

// src/consolidation/resolve.ts
var import_oxc_resolver = __toESM(require_oxc_resolver(), 1);
import path5 from "node:path";
var EXTENSIONS = [".ts", ".tsx", ".mts", ".cts", ".d.ts", ".js", ".jsx", ".mjs", ".cjs", ".json"];
function createScriptResolver(workspaces) {
  const resolver = new import_oxc_resolver.ResolverFactory({
    tsconfig: "auto",
    extensions: EXTENSIONS,
    extensionAlias: { ".js": [".ts", ".tsx", ".js"], ".mjs": [".mts", ".mjs"], ".cjs": [".cts", ".cjs"] },
    conditionNames: ["types", "import", "require", "node", "default"],
    mainFields: ["types", "module", "main"],
    alias: Object.fromEntries([...workspaces].map(([name, dir]) => [name, [dir]])),
    // Keep paths as the scan sees them, so a symlinked checkout does not resolve outside the root.
    symlinks: false,
    builtinModules: true
  });
  const memo = /* @__PURE__ */ new Map();
  return (file, specifier) => {
    const key = !isPlain(file) ? `${file}\0${specifier}` : isRelative(specifier) ? path5.join(path5.dirname(file), specifier) : `${path5.dirname(file)}\0${specifier}`;
    if (memo.has(key)) return memo.get(key);
    const resolved = resolveOnce(file, specifier);
    memo.set(key, resolved);
    return resolved;
  };
  function resolveOnce(file, specifier) {
    const found = resolver.resolveFileSync(file.replace(/#/g, "\0#"), specifier);
    if (found.path) return found.path;
    const workspace = [...workspaces].find(([name2]) => specifier === name2 || specifier.startsWith(`${name2}/`));
    if (!workspace) return void 0;
    const [name, dir] = workspace;
    const rest = specifier.slice(name.length).replace(/^\//, "") || "index";
    for (const base of [path5.join(dir, "src", rest), path5.join(dir, rest)]) {
      const fallback = resolver.sync(path5.dirname(base), `./${path5.basename(base)}`);
      if (fallback.path) return fallback.path;
    }
    return void 0;
  }
}
function isPlain(file) {
  return !file.includes("#") && !file.includes("\0");
}
function isRelative(specifier) {
  return /^\.\.?(\/|$)/.test(specifier);
}

// src/consolidation/workspaces.ts
import path6 from "node:path";
var import_yaml = __toESM(require_dist(), 1);
async function readJson2(file) {
  try {
    return JSON.parse(await readInputFile(file));
  } catch {
    return void 0;
  }
}
async function workspacePatterns(root) {
  const pkg = await readJson2(path6.join(root, "package.json"));
  const declared = pkg?.workspaces;
  const fromPkg = Array.isArray(declared) ? declared : declared?.packages ?? [];
  let fromPnpm = [];
  try {
    const text = await readInputFile(path6.join(root, "pnpm-workspace.yaml"));
    fromPnpm = (0, import_yaml.parse)(text)?.packages ?? [];
  } catch {
  }
  return [fromPkg, fromPnpm].flatMap(
    (list2) => Array.isArray(list2) ? list2.filter((p) => typeof p === "string") : []
  );
}
async function findWorkspaces(root) {
  const patterns = await workspacePatterns(root);
  const map = /* @__PURE__ */ new Map();
  if (patterns.length === 0) return map;
  const manifests = await glob(
    patterns.filter((p) => !p.startsWith("!")).map((p) => `${p.replace(/\/$/, "")}/package.json`),
    {
      cwd: root,
      ignore: [...DEFAULT_IGNORES, ...patterns.filter((p) => p.startsWith("!")).map((p) => p.slice(1))],
      followSymbolicLinks: false,
      expandDirectories: false
    }
  );
  for (const manifest of manifests.sort()) {
    const name = (await readJson2(path6.join(root, manifest)))?.name;
    if (typeof name === "string" && !map.has(name)) map.set(name, path6.join(root, path6.dirname(manifest)));
  }
  return map;
}

// src/consolidation/graph.ts
async function buildGraph(options) {
  const started = performance.now();
  const allFiles = await listFiles(options.root, options.include, options.exclude);
  const sources = allFiles.filter((f) => languageOf(f) !== void 0);
  const files = /* @__PURE__ */ new Map();
  const skipped = [];
  const hitsBefore = options.cache.hits;
  const threads = options.parseThreads ?? defaultParseThreads();
  const state = { read: 0, pending: /* @__PURE__ */ new Map(), pool: threads > 0 };
  await eachConcurrently(sources, Math.max(1, threads), async (file) => {
    const source = await readSource(file, options, state);
    if (source === "large") skipped.push(file);
    else if (source) files.set(file, source);
  });
  for (const file of skipped) {
    const language = languageOf(file);
    const imports = await largeFileImports(path7.join(options.root, file), language, options.cache);
    files.set(file, { path: file, language, imports, exports: [], signatureHits: [], textScan: true });
  }
  const workspaces = await findWorkspaces(options.root);
  const shape = resolutionState(options.root, allFiles, JSON.stringify([...workspaces]));
  const folder = options.keepResolutions === false ? void 0 : options.cache.folder;
  const resolutions = await ResolutionCache.open(folder, shape);
  resolveAll(options.root, files, workspaces, resolutions);
  await resolutions.save();
  const cached = options.cache.hits - hitsBefore;
  const graph = {
    allFiles,
    files: new Map([...files].sort(([a], [b]) => a < b ? -1 : 1)),
    skipped: skipped.sort()
  };
  const stats = {
    files: allFiles.length,
    sources: sources.length,
    parsed: files.size - cached,
    cached,
    read: state.read,
    skipped: skipped.length,
    ms: Math.round(performance.now() - started)
  };
  return { graph, stats };
}
function defaultParseThreads(cores = availableParallelism()) {
  return cores <= 2 ? 0 : Math.min(8, cores);
}
async function eachConcurrently(items, limit, task) {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await task(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}
async function readSource(file, options, state) {
  const absolute = path7.join(options.root, file);
  const statAt = Date.now();
  const info = statSync2(absolute, { throwIfNoEntry: false });
  if (!info?.isFile()) return void 0;
  if (info.size > options.maxFileBytes) return "large";
  const language = languageOf(file);
  const signatureSet = signatureSetOf(options.signatures);
  const known = options.cache.keyByStat(absolute, info);
  const entry = known === void 0 ? void 0 : options.cache.peek(known);
  if (known !== void 0 && entry && isComplete(entry, language, signatureSet, options)) {
    return { ...sourceFile(file, language, options.cache.get(known), options), contentKey: known };
  }
  let text;
  try {
    text = readFileSync2(absolute, "utf8");
  } catch {
    return "large";
  }
  state.read++;
  const key = contentKey(language, text);
  const under = state.pending.get(key);
  if (under) await under;
  let parsed = options.cache.get(key);
  if (parsed === void 0 || !isComplete(parsed, language, signatureSet, options)) {
    const done = complete(file, language, text, parsed, key, options, state.pool);
    state.pending.set(
      key,
      done.then(() => void 0)
    );
    parsed = await done;
    state.pending.delete(key);
  }
  options.cache.rememberStat(absolute, info, key, statAt);
  return { ...sourceFile(file, language, parsed, options), contentKey: key };
}
async function complete(file, language, text, cached, key, options, pool) {
  const parsed = cached ?? await parse2(file, language, text, pool);
  const signatureSet = signatureSetOf(options.signatures);
  const entry = {
    ...parsed,
    ...options.fingerprint(language) && !parsed.fingerprints ? { fingerprints: fingerprints(language, text) } : {},
    ...options.signatures.length > 0 && parsed.signatureSet !== signatureSet ? { signatureSet, signatureHits: findSignatures(text, parsed.comments, options.signatures) } : {}
  };
  options.cache.set(key, entry);
  return entry;
}
function isComplete(entry, language, signatureSet, options) {
  return (!options.fingerprint(language) || entry.fingerprints !== void 0) && (options.signatures.length === 0 || entry.signatureSet === signatureSet);
}
function signatureSetOf(signatures) {
  return JSON.stringify(signatures.map((s) => s.signature));
}
function sourceFile(file, language, parsed, options) {
  return {
    path: file,
    language,
    imports: parsed.imports,
    exports: parsed.exports ?? [],
    signatureHits: options.signatures.length > 0 ? parsed.signatureHits ?? [] : [],
    ...parsed.fingerprints && options.fingerprint(language) ? { fingerprints: parsed.fingerprints } : {},
    ...parsed.problem ? { problem: parsed.problem } : {}
  };
}
async function parse2(file, language, text, pool) {
  try {
    if (language === "python") return parsePython(text);
    await loadLazyParser();
    return pool ? await parseScriptAsync(file, text) : parseScript(file, text);
  } catch (error) {
    return { imports: [], comments: [], problem: { message: String(error), line: 1, column: 1 } };
  }
}
function resolveAll(root, files, workspaces, resolutions) {
  const scripts = createScriptResolver(workspaces);
  const python = createPythonResolver([...files.keys()].filter((f) => languageOf(f) === "python"));
  for (const source of files.values()) {
    if (source.language === "python") {
      source.imports = source.imports.flatMap((record) => python(source.path, record));
      continue;
    }
    const cached = source.contentKey ? resolutions.get(source.path, source.contentKey) : void 0;
    if (cached && cached.length === source.imports.length) {
      source.imports = source.imports.map(
        (record, i) => cached[i] ? { ...record, target: cached[i] } : { ...record }
      );
      continue;
    }
    const absolute = path7.join(root, source.path);
    source.imports = source.imports.map((record) => {
      const resolved = scripts(absolute, record.specifier);
      const relative = resolved === void 0 ? void 0 : path7.relative(root, resolved).split(path7.sep).join("/");
      return relative === void 0 || relative.startsWith("..") || path7.isAbsolute(relative) ? { ...record } : { ...record, target: relative };
    });
    if (source.contentKey) {
      resolutions.set(
        source.path,
        source.contentKey,
        source.imports.map((i) => i.target ?? "")
      );
    }
  }
}

// src/consolidation/report.ts
import { createHash as createHash3 } from "node:crypto";
function consolidationReport(facts) {
  const fresh = facts.violations.filter((v) => v.status === "new");
  const ok = fresh.length === 0;
  const open = facts.statuses.filter((s) => s.status !== "consolidated");
  const title = ok ? open.length === 0 ? `Consolidation: all ${facts.statuses.length} concern(s) consolidated` : `Consolidation: no new violations; ${facts.violations.length} known violation(s) left in ${open.length} concern(s)` : `Consolidation: ${fresh.length} new violation(s) in ${new Set(fresh.map((v) => v.concern)).size} concern(s)`;
  const findings = [
    ...fresh.map(violationFinding),
    ...facts.parseErrors.map((p) => ({
      rule: "parse-error",
      severity: "LOW",
      message: `cannot parse ${p.file}: ${p.message}; its imports may be incomplete, fix the syntax or exclude the file`,
      file: p.file,
      line: p.line,
      column: p.column
    })),
    // Every format names what was not parsed, so a reader knows what the findings may miss.
    ...facts.skipped.map((file) => ({
      rule: "skipped-file",
      severity: "LOW",
      message: `${file} is over max-file-bytes: not parsed; its imports were found by a text scan, forbidden signatures and near-copies are not checked in it (raise max-file-bytes or exclude it)`,
      file,
      line: 1,
      column: 1
    }))
  ];
  return {
    capability: "consolidation",
    title,
    ok,
    findings,
    sections: sections(facts),
    data: {
      violations: facts.violations,
      concerns: facts.statuses,
      audit: facts.audit,
      baseline: { ...facts.baseline, new: fresh.length },
      ...facts.since ? { since: facts.since } : {},
      parseErrors: facts.parseErrors,
      skipped: facts.skipped,
      stats: facts.stats
    }
  };
}
function violationFinding(v) {
  const { concern, rule, file, line, column: column2, message, status, symbol, ...extra } = v;
  return {
    rule,
    severity: status === "new" ? "HIGH" : "LOW",
    title: `${concern}: ${rule}${status === "new" ? "" : ` (${status})`}`,
    message,
    file,
    line,
    column: column2,
    fingerprint: createHash3("sha1").update(identityOf({ concern, rule, file, symbol })).digest("hex").slice(0, 16),
    properties: { concern, symbol, status, ...extra }
  };
}
function sections(facts) {
  const out = [
    ...facts.since ? [sinceSection(facts.since)] : [],
    {
      title: "Concerns",
      table: {
        columns: ["concern", "status", "violations", "files"],
        rows: facts.statuses.map((s) => [s.concern, s.summary, s.violations, s.files])
      }
    }
  ];
  for (const concern of facts.audit) {
    const rows = concern.modules.flatMap(
      (m) => m.buckets.length === 0 ? [[m.module, m.exists ? "unused: delete it" : "deleted", "", "", 0]] : m.buckets.map((b2) => [m.module, b2.how, b2.symbols.join(", "), b2.files.join(", "), b2.files.length])
    );
    if (rows.length === 0) continue;
    out.push({
      title: `Audit: ${concern.concern}`,
      table: { columns: ["deprecated module", "how", "symbols", "importers", "count"], rows }
    });
  }
  const b = facts.baseline;
  const count = (status) => facts.violations.filter((v) => v.status === status).length;
  const before = facts.since ? `, ${count("pre-existing")} already present at ${facts.since.ref}` : "";
  out.push({
    title: "Known violations",
    text: b.updated ? `${b.file} updated: ${b.known} known violation(s).` : `${count("baseline")} known violation(s) accepted in ${b.file}${before}; ${b.fixed.length} baseline entr${b.fixed.length === 1 ? "y" : "ies"} fixed (pruned by --update-baseline). Every violation is in the JSON output.`
  });
  return out;
}
function sinceSection(s) {
  const line = (v) => `${v.concern} ${v.rule} ${v.file}:${v.line} ${v.symbol}`;
  return {
    title: `Changed since ${s.ref}`,
    text: [
      `${s.added.length} violation(s) added, ${s.removed.length} removed since ${s.ref} (${s.sha.slice(0, 12)}).`,
      ...s.added.map((v) => `+ ${line(v)}`),
      ...s.removed.map((v) => `- ${line(v)}`)
    ].join("\n")
  };
}

// src/consolidation/rules/deprecated.ts
function deprecatedFiles(concern, graph) {
  return graph.allFiles.filter(concern.isDeprecated).map((file) => ({
    concern: concern.name,
    rule: "deprecated-file",
    file,
    line: 1,
    column: 1,
    symbol: file,
    message: `${file} is deprecated by concern ${concern.name}: move its last users to ${list(concern.canonical)}, then delete it`
  }));
}
function deprecatedImports(concern, graph) {
  const out = [];
  const barrels = barrelsOfDeprecated(concern, graph);
  for (const file of graph.files.values()) {
    if (concern.isDeprecated(file.path)) continue;
    for (const record of file.imports) {
      for (const use of deprecatedUses(concern, graph, record, barrels)) {
        const how = record.kind === "type-only" ? "type-only import" : `${record.kind} import`;
        const through = use.via.length > 0 ? ` through ${use.via.join(" \u2192 ")}` : "";
        out.push({
          concern: concern.name,
          rule: "deprecated-import",
          file: file.path,
          line: record.line,
          column: record.column,
          symbol: use.target,
          how: record.kind,
          target: use.target,
          names: use.names,
          ...use.via.length > 0 ? { via: use.via } : {},
          message: `imports ${use.names.join(", ")} from deprecated ${use.target} (${how}${through}); ${replacement(concern, file)}`
        });
      }
    }
  }
  return out;
}
function barrelsOfDeprecated(concern, graph) {
  const reexporters = /* @__PURE__ */ new Map();
  for (const file of graph.files.values()) {
    if (file.language !== "js") continue;
    for (const record of file.imports) {
      if (record.kind !== "re-export" || !record.target) continue;
      reexporters.set(record.target, [...reexporters.get(record.target) ?? [], file.path]);
    }
  }
  const found = /* @__PURE__ */ new Set();
  const queue = [...reexporters.keys()].filter(concern.isDeprecated);
  for (let target = queue.pop(); target !== void 0; target = queue.pop()) {
    for (const barrel of reexporters.get(target) ?? []) {
      if (!found.has(barrel)) queue.push(barrel);
      found.add(barrel);
    }
  }
  return found;
}
function deprecatedUses(concern, graph, record, barrels) {
  if (!record.target) return [];
  if (concern.isDeprecated(record.target)) return [{ target: record.target, names: record.names, via: [] }];
  if (!barrels.has(record.target)) return [];
  const out = [];
  const walk = (file, names, via) => {
    const barrel = graph.files.get(file);
    if (!barrel || barrel.language !== "js" || via.length >= 5 || via.includes(file)) return;
    for (const reexport of barrel.imports.filter((i) => i.kind === "re-export" && i.target)) {
      const forwarded = forwardedNames(reexport, names, graph.files.get(reexport.target));
      if (forwarded.length === 0) continue;
      if (concern.isDeprecated(reexport.target))
        out.push({ target: reexport.target, names: forwarded, via: [...via, file] });
      else walk(reexport.target, forwarded, [...via, file]);
    }
  };
  walk(record.target, record.names, []);
  return out;
}
function forwardedNames(reexport, wanted, source) {
  const all = wanted.includes("*");
  const out = [];
  reexport.exported?.forEach((exported, i) => {
    const imported = reexport.names[i] ?? "*";
    if (exported === "*" && imported === "*") {
      if (all) out.push("*");
      else out.push(...wanted.filter((n) => !source || source.exports.includes(n) || hasStar(source)));
    } else if (all || wanted.includes(exported)) out.push(imported);
  });
  return [...new Set(out)];
}
function hasStar(file) {
  return file.imports.some((i) => i.kind === "re-export" && i.exported?.includes("*"));
}
function replacement(concern, file) {
  const same = concern.canonical.filter((c) => languageOf(c) === file.language);
  return same.length > 0 ? `import from ${list(same)} instead` : `move to the canonical ${concern.name} implementation (${list(concern.canonical)})`;
}
function list(items) {
  return items.length <= 1 ? items[0] ?? "" : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}

// src/consolidation/rules/duplicates.ts
var MAX_GAP = 3 * W + K;
var MAX_EDIT = 4 * MAX_GAP;
var REPEATED = 3;
function duplicateLogic(concern, graph) {
  if (!concern.duplicates) return [];
  const canon = [...graph.files.values()].filter((f) => concern.isCanonical(f.path) && f.fingerprints).map((f) => ({ file: f, index: indexOf(f.fingerprints) }));
  const out = [];
  for (const file of graph.files.values()) {
    if (!file.fingerprints || concern.isCanonical(file.path) || concern.isDeprecated(file.path)) continue;
    if (!concern.inScope(file.path)) continue;
    const regions = canon.filter((c) => c.file.language === file.language).flatMap((c) => copiedRegions(file, c.file, c.index));
    for (const m of distinctRegions(regions).filter((r) => r.tokens >= concern.duplicateMinTokens)) {
      const match = {
        lines: m.lines,
        canonical: m.canonical,
        canonicalLines: m.canonicalLines,
        tokens: m.tokens,
        similarity: m.similarity
      };
      out.push({
        concern: concern.name,
        rule: "duplicate-logic",
        file: file.path,
        line: m.lines[0],
        column: 1,
        symbol: m.canonical,
        target: m.canonical,
        matches: [match],
        message: `near-copy of canonical ${concern.name} logic: lines ${m.lines[0]}-${m.lines[1]} copy ${m.canonical}:${m.canonicalLines[0]}-${m.canonicalLines[1]} (${m.tokens} tokens, ${Math.round(m.similarity * 100)}% of the smaller file); call ${m.canonical} instead of copying it`
      });
    }
  }
  return out;
}
function indexOf(packed) {
  const index = /* @__PURE__ */ new Map();
  for (let i = 0; i < fingerprintCount(packed); i++) {
    const fp = fingerprintAt(packed, i);
    const list2 = index.get(fp.hash);
    if (list2) list2.push(fp);
    else index.set(fp.hash, [fp]);
  }
  return index;
}
function copiedRegions(file, original, index = indexOf(original.fingerprints ?? [0])) {
  const packed = file.fingerprints ?? [0];
  const pairs = [];
  const seen = repeatsOf(packed);
  for (let i = 0; i < fingerprintCount(packed); i++) {
    const hash = packed[1 + i * 4];
    const shared = index.get(hash);
    if (!shared || shared.length >= REPEATED || seen.get(hash) >= REPEATED) continue;
    const fp = fingerprintAt(packed, i);
    for (const o of shared) pairs.push([fp, o]);
  }
  pairs.sort((a, b) => a[0].token - b[0].token || a[1].token - b[1].token);
  const regions = [];
  for (const pair of pairs) {
    const region = regions.find((r) => {
      const [a, o] = r[r.length - 1];
      const da = pair[0].token - a.token;
      const dofs = pair[1].token - o.token;
      return da > 0 && da <= MAX_GAP && dofs > 0 && dofs <= MAX_GAP;
    });
    if (region) region.push(pair);
    else regions.push([pair]);
  }
  const smaller = Math.max(1, Math.min(tokenCount(packed), tokenCount(original.fingerprints ?? [0])));
  return regions.map((r) => {
    const [a0, o0] = r[0];
    const [a1, o1] = r[r.length - 1];
    const tokens = Math.min(a1.token + K - a0.token, o1.token + K - o0.token);
    return {
      lines: [a0.line, a1.endLine],
      canonical: original.path,
      canonicalLines: [o0.line, o1.endLine],
      tokens,
      similarity: Math.round(Math.min(1, tokens / smaller) * 100) / 100,
      from: a0.token,
      to: a1.token + K,
      canonicalFrom: o0.token,
      canonicalTo: o1.token + K
    };
  }).sort((x, y) => x.from - y.from).reduce((merged, r) => {
    const last = merged[merged.length - 1];
    if (last && continues(last, r)) merged[merged.length - 1] = join2(last, r, smaller);
    else merged.push(r);
    return merged;
  }, []).sort((x, y) => y.tokens - x.tokens);
}
function repeatsOf(packed) {
  const counts = /* @__PURE__ */ new Map();
  for (let i = 0; i < fingerprintCount(packed); i++) {
    const hash = packed[1 + i * 4];
    counts.set(hash, (counts.get(hash) ?? 0) + 1);
  }
  return counts;
}
function continues(a, b) {
  const gap = b.from - a.to;
  const canonicalGap = b.canonicalFrom - a.canonicalTo;
  return gap >= -K && gap <= MAX_EDIT && canonicalGap >= -K && canonicalGap <= MAX_EDIT;
}
function join2(a, b, smaller) {
  const tokens = a.tokens + b.tokens - Math.max(0, a.to - b.from);
  return {
    ...a,
    lines: [a.lines[0], Math.max(a.lines[1], b.lines[1])],
    canonicalLines: [a.canonicalLines[0], Math.max(a.canonicalLines[1], b.canonicalLines[1])],
    tokens,
    similarity: Math.round(Math.min(1, tokens / smaller) * 100) / 100,
    to: Math.max(a.to, b.to),
    canonicalTo: Math.max(a.canonicalTo, b.canonicalTo)
  };
}
function distinctRegions(regions) {
  const kept = [];
  for (const r of [...regions].sort((x, y) => y.tokens - x.tokens || y.similarity - x.similarity)) {
    const overlaps = kept.some((k) => Math.min(k.to, r.to) - Math.max(k.from, r.from) > (r.to - r.from) / 2);
    if (!overlaps) kept.push(r);
  }
  return kept;
}

// src/consolidation/rules/forbidden.ts
function forbiddenSignatures(concern, graph) {
  if (concern.signatures.length === 0) return [];
  const mine = new Set(concern.signatures.map((s) => s.signature));
  const out = [];
  for (const file of graph.files.values()) {
    if (concern.isCanonical(file.path) || concern.isDeprecated(file.path) || !concern.inScope(file.path))
      continue;
    for (const hit of file.signatureHits) {
      if (!mine.has(hit.signature)) continue;
      out.push({
        concern: concern.name,
        rule: "forbidden-signature",
        file: file.path,
        line: hit.line,
        column: hit.column,
        symbol: hit.signature,
        message: `${hit.signature} belongs only in ${list(concern.canonical)}; use the canonical module instead of re-implementing ${concern.name} here`
      });
    }
  }
  return out;
}

// src/consolidation/rules/required.ts
function missingRequiredImports(concern, graph) {
  const out = [];
  for (const rule of concern.required) {
    for (const file of graph.files.values()) {
      if (!rule.files(file.path) || !concern.inScope(file.path)) continue;
      if (concern.isCanonical(file.path) || concern.isDeprecated(file.path)) continue;
      const ok = file.imports.some(
        (i) => i.kind !== "type-only" && i.target !== void 0 && rule.targets(i.target)
      );
      if (ok) continue;
      out.push({
        concern: concern.name,
        rule: "missing-required-import",
        file: file.path,
        line: 1,
        column: 1,
        symbol: rule.spec.join(","),
        message: `must import ${list(rule.spec)} (concern ${concern.name}) but imports none of them`
      });
    }
  }
  return out;
}

// src/consolidation/rules/index.ts
var RULES = [
  deprecatedFiles,
  deprecatedImports,
  forbiddenSignatures,
  missingRequiredImports,
  duplicateLogic
];
function checkConcerns(concerns, graph) {
  return concerns.flatMap((concern) => RULES.flatMap((rule) => rule(concern, graph))).sort(
    (a, b) => cmp(a.file, b.file) || a.line - b.line || a.column - b.column || cmp(a.concern, b.concern) || cmp(a.rule, b.rule) || cmp(a.symbol, b.symbol)
  );
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/consolidation/since.ts
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path8 from "node:path";
async function checkoutRef(root, ref) {
  let sha;
  let prefix;
  try {
    sha = await revParse(root, ref);
    prefix = (await runGit(["rev-parse", "--show-prefix"], { cwd: root })).stdout.trim();
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    throw new UsageError(
      `--since ${ref}: not a commit of the repository at the root (${error.stderr || error.message}); on a shallow clone fetch it first, e.g. git fetch --depth=1 origin ${ref}`,
      { cause: error }
    );
  }
  const tmp = await mkdtemp(path8.join(os.tmpdir(), "launchgate-since-"));
  const tree = path8.join(tmp, "tree");
  await runGit(["-c", "core.hooksPath=/dev/null", "worktree", "add", "--detach", "--quiet", tree, sha], {
    cwd: root
  });
  return {
    ref,
    sha,
    root: path8.join(tree, prefix),
    async dispose() {
      await runGit(["worktree", "remove", "--force", tree], { cwd: root }).catch(() => void 0);
      await rm(tmp, { recursive: true, force: true });
      await runGit(["worktree", "prune"], { cwd: root }).catch(() => void 0);
    }
  };
}

// src/consolidation/run.ts
async function runConsolidation(options) {
  const root = await realpath(path9.resolve(options.root));
  const { config } = options;
  assertUniqueNames(config.concerns);
  const concerns = config.concerns.map(compileConcern);
  const broken = (await findMissingCanonicals(root, concerns)).map(missingCanonicalViolation);
  const cache = await ParseCache.open(cacheDirOf(root, options), { statCache: options.statCache ?? true });
  const head = await scan(root, config, concerns, cache);
  let since;
  if (options.since) {
    const tree = await checkoutRef(root, options.since);
    try {
      const base = await scan(tree.root, config, concerns, cache, false);
      since = { ref: tree.ref, sha: tree.sha, violations: base.violations };
    } finally {
      await tree.dispose();
    }
  }
  const baselineFile = path9.resolve(root, config.baseline);
  let entries = await readBaseline(baselineFile, config.baseline);
  const fixed = fixedEntries(entries, head.violations);
  if (options.updateBaseline) entries = await writeBaseline(baselineFile, head.violations);
  await cache.save();
  const known = new Set(entries.map(identityOf));
  const before = new Set((since?.violations ?? []).map(identityOf));
  const violations = [
    ...broken.map((v) => ({ ...v, status: "new" })),
    ...head.violations.map((v) => ({
      ...v,
      status: known.has(identityOf(v)) ? "baseline" : before.has(identityOf(v)) ? "pre-existing" : "new"
    }))
  ];
  const now = new Set(head.violations.map(identityOf));
  return consolidationReport({
    violations,
    statuses: concernStatuses(concerns, [...broken, ...head.violations]),
    audit: auditConcerns(concerns, head.graph, head.violations),
    parseErrors: [...head.graph.files.values()].flatMap(
      (f) => f.problem ? [{ file: f.path, ...f.problem }] : []
    ),
    skipped: head.graph.skipped,
    baseline: {
      file: config.baseline,
      known: violations.filter((v) => v.status === "baseline").length,
      fixed: options.updateBaseline ? [] : fixed,
      updated: options.updateBaseline === true
    },
    ...since ? {
      since: {
        ref: since.ref,
        sha: since.sha,
        added: head.violations.filter((v) => !before.has(identityOf(v))),
        removed: since.violations.filter((v) => !now.has(identityOf(v)))
      }
    } : {},
    stats: head.stats
  });
}
async function scan(root, config, concerns, cache, keepResolutions = true) {
  const signatures = concerns.flatMap((c) => c.signatures);
  const wanted = new Set(
    concerns.filter((c) => c.duplicates).flatMap((c) => c.canonical.flatMap(languagesOf))
  );
  const { graph, stats } = await buildGraph({
    root,
    include: config.include,
    exclude: config.exclude,
    maxFileBytes: config["max-file-bytes"],
    signatures: [...new Map(signatures.map((s) => [s.signature, s])).values()],
    fingerprint: (language) => wanted.has(language),
    cache,
    keepResolutions
  });
  return { graph, stats, violations: checkConcerns(concerns, graph) };
}
function languagesOf(pattern) {
  const language = languageOf(pattern);
  return language ? [language] : ["js", "python"];
}
function cacheDirOf(root, options) {
  if (options.cacheDir === false) return void 0;
  const configured = options.cacheDir ?? options.config.cache;
  if (configured) return path9.resolve(root, configured);
  return existsSync(path9.join(root, "node_modules")) ? path9.join(root, "node_modules", ".cache", "launchgate") : path9.join(root, ".launchgate", "cache");
}

export {
  K,
  ParseCache,
  buildGraph,
  indexOf,
  copiedRegions,
  distinctRegions,
  runConsolidation,
  cacheDirOf
};
