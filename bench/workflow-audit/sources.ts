/**
 * The public repositories whose workflows and action.yml files the workflow-audit benchmark reads
 * (none of them zizmor's: its test corpus is held out for acceptance). Each sits in
 * `$LAUNCHGATE_DATASETS/workflows/<owner>+<name>/` with only `.github/workflows/*.yml` and
 * `action.yml` files kept, e.g.:
 *
 *   git clone --filter=blob:none https://github.com/<owner>/<name> /tmp/r && git -C /tmp/r checkout <commit>
 *   cd /tmp/r && git ls-files '.github/workflows/*.yml' '.github/workflows/*.yaml' '*action.yml' '*action.yaml' \
 *     | xargs -I{} install -D {} "$LAUNCHGATE_DATASETS/workflows/<owner>+<name>/{}"
 */
export interface WorkflowSource {
  repository: string
  commit: string
}

export const SOURCES: readonly WorkflowSource[] = [
  { repository: 'astral-sh/uv', commit: '26a9dd4b2125' },
  { repository: 'nektos/act', commit: 'bd86152165b9' },
  { repository: 'pnpm/pnpm', commit: '36e5ae6ac8d0' },
  { repository: 'withastro/astro', commit: '99d3d3dbbfa4' },
  { repository: 'astral-sh/ruff', commit: 'fca5c7cf2cd2' },
  { repository: 'prettier/prettier', commit: '4f84a9342013' },
  { repository: 'open-telemetry/opentelemetry-python', commit: '0a5d76b65094' },
  { repository: 'goreleaser/goreleaser', commit: 'cd616d2c080b' },
  { repository: 'vitejs/vite', commit: 'a98c8d95d552' },
  { repository: 'sigstore/sigstore-python', commit: '27db13db157e' },
  { repository: 'psf/black', commit: '8947c48ef207' },
  { repository: 'ossf/scorecard', commit: '40c1e3599673' },
  { repository: 'excalidraw/excalidraw', commit: '4872083c0444' },
  { repository: 'eslint/eslint', commit: 'c27bc926e496' },
  { repository: 'cli/cli', commit: '44ee17760709' },
  { repository: 'tokio-rs/tokio', commit: 'ea91b33ca57f' },
  { repository: 'pypa/pip', commit: '6d309205789d' },
  { repository: 'pallets/flask', commit: '2ac89889f4cc' },
  { repository: 'hoppscotch/hoppscotch', commit: 'afc2cf181c16' },
]
