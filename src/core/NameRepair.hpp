// Mends scan damage in a signatory's name. The OCR repair of the text leaves
// names alone, as no lexicon holds them; a few letter patterns no Danish name
// has (name_repairs.tsv) still tell where a scan misread one.
#pragma once

#include "DomainData.hpp"

#include <string>

namespace svarbrev {

// `name` (UTF-8) with each pattern of data.nameRepairs replaced in order.
std::string mendName(const std::string& name, const DomainData& data);

}  // namespace svarbrev
