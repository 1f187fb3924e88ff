#include "SourceSelection.hpp"

#include "UnoStrings.hpp"
#include "Utf8.hpp"

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/util/XSearchDescriptor.hpp>
#include <com/sun/star/util/XSearchable.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>

#include <algorithm>
#include <string_view>

using namespace css;

namespace svarbrev::component {

void selectQuote(const uno::Reference<frame::XModel>& document, const std::string& documentText,
                 const Fact& fact) {
    const uno::Reference<util::XSearchable> searchable(document, uno::UNO_QUERY);
    if (!searchable.is() || !document->getCurrentController().is()) return;
    const std::string needle = fact.quote.substr(0, fact.quote.find_first_of("\t\n"));
    if (needle.size() < 2) return;
    // The same words may stand earlier in the letter: count them to pick
    // the occurrence the extractor quoted.
    const std::string_view before = codePointSlice(documentText, 0, fact.start);
    sal_Int32 earlier = 0;
    for (auto at = before.find(needle); at != std::string_view::npos; at = before.find(needle, at + needle.size()))
        ++earlier;
    const uno::Reference<util::XSearchDescriptor> search = searchable->createSearchDescriptor();
    search->setSearchString(office::toOUString(needle));
    const uno::Reference<container::XIndexAccess> found = searchable->findAll(search);
    const uno::Reference<view::XSelectionSupplier> selection(document->getCurrentController(), uno::UNO_QUERY);
    if (!found.is() || !selection.is() || found->getCount() == 0) return;
    selection->select(found->getByIndex(std::min(earlier, found->getCount() - 1)));
}

}  // namespace svarbrev::component
