// The nine analyst tasks (test/viz/analyst-tasks.ts) at the desktop's window size.
import { ANALYST_SIZES, analystTasks } from "./analyst-tasks.ts";

analystTasks(ANALYST_SIZES.desktop);
