// The nine analyst tasks (test/viz/analyst-tasks.ts) at the phone's window size.
import { ANALYST_SIZES, analystTasks } from "./analyst-tasks.ts";

analystTasks(ANALYST_SIZES.phone);
