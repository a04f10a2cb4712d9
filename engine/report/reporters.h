// Factories for each output format (one file each), used by reporter_table.cc.
#pragma once

#include <memory>

#include "mergegate/report.h"

namespace mergegate {

std::unique_ptr<Reporter> MakeTextReporter();
std::unique_ptr<Reporter> MakeJsonReporter();
std::unique_ptr<Reporter> MakeSarifReporter();

// Shared helpers for reporters.
std::string StatusName(FindingStatus s);                             // "open", "suppressed", ...
std::string FormatUtcTime(std::chrono::system_clock::time_point t);  // 2026-11-27T08:00:00Z

}  // namespace mergegate
