// Media descriptors and other PropertyValue sequences, written the short way.
#pragma once

#include "UnoStrings.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/uno/Any.hxx>

namespace svarbrev::office {

inline css::beans::PropertyValue property(const char* name, const css::uno::Any& value) {
    css::beans::PropertyValue p;
    p.Name = OUString::createFromAscii(name);
    p.Value = value;
    return p;
}

}  // namespace svarbrev::office
