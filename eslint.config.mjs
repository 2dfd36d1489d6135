import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/**
 * The layers' boundaries (README, Architecture): the database layer knows nothing of the app above
 * it, lib/ nothing of pages or components, and components write only through server actions.
 */
const zone = (target, from, message) => ({ target, from, message });
const dbZones = [
  zone("./db", "./lib/realtime", "db/ publishes through db/notify.ts; lib/realtime only listens."),
  zone("./db", "./app", "db/ must not import from app/: pages and routes call db/, not the other way."),
  zone("./db", "./components", "db/ must not import components."),
];
const restrictedPaths = (zones) => ({ "import/no-restricted-paths": ["error", { zones }] });

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      ".data/**",
      "node_modules/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
      // Deliberately wrong code that tests/unit/boundaries.test.ts lints to show the rules bite.
      "tests/fixtures/lint/**",
    ],
  },
  {
    files: ["db/**/*.ts"],
    rules: restrictedPaths([
      zone("./db", "./lib/collab", "db/ must not import lib/collab: the collaboration server calls db/."),
      ...dbZones,
    ]),
  },
  {
    files: ["lib/**/*.ts", "lib/**/*.tsx"],
    rules: restrictedPaths([
      zone("./lib", "./app", "lib/ must not import from app/."),
      zone("./lib", "./components", "lib/ must not import components."),
    ]),
  },
  {
    files: ["components/**/*.ts", "components/**/*.tsx"],
    rules: restrictedPaths([
      zone(
        "./components",
        "./db/mutations",
        "Components change data through server actions (app/**/actions.ts), never a mutation directly.",
      ),
    ]),
  },
  {
    files: ["tests/e2e/**/*.spec.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "@playwright/test",
              message: 'Import from "./test": its `test` closes the browser contexts a test leaves open.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ["**/*.ts", "**/*.tsx"],
    // Packages cannot import our files back, so only our own modules are followed (and parsed).
    settings: { "import/ignore": ["node_modules"] },
    rules: { "import/no-cycle": ["error", { ignoreExternal: true }] },
  },
];
export default config;
