// Preload (NODE_OPTIONS=--import …) that CPU-profiles a process Node 20 will not --cpu-prof through
// NODE_OPTIONS: the profile is written to $CPU_PROFILE_DIR when the process exits.
import inspector from "node:inspector";
import { writeFileSync } from "node:fs";
import path from "node:path";

const session = new inspector.Session();
session.connect();
session.post("Profiler.enable");
session.post("Profiler.setSamplingInterval", { interval: 200 });
session.post("Profiler.start");
process.on("exit", () => {
  session.post("Profiler.stop", (err, { profile }) => {
    if (!err)
      writeFileSync(
        path.join(process.env.CPU_PROFILE_DIR ?? ".", `server-${process.pid}.cpuprofile`),
        JSON.stringify(profile),
      );
  });
});
