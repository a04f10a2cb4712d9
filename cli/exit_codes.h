// The gate's contract with CI: 0 approve, 1 block, 2 error (usage, unreadable input, invalid
// policy, internal error). An error is never reported as approve.
#pragma once

namespace mergegate::cli {

constexpr int kExitApprove = 0;
constexpr int kExitBlock = 1;
constexpr int kExitError = 2;

}  // namespace mergegate::cli
