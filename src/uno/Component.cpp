// The shared library's entry points, and nothing else.
#include "Dispatcher.hpp"
#include "OptionsHandler.hpp"
#include "SvarbrevService.hpp"

#include <com/sun/star/lang/XSingleComponentFactory.hpp>
#include <cppuhelper/factory.hxx>
#include <uno/lbnames.h>
#include <uno/environment.h>

using namespace css;

namespace {

template <class Impl>
uno::Reference<uno::XInterface> SAL_CALL create(const uno::Reference<uno::XComponentContext>& context) {
    return static_cast<cppu::OWeakObject*>(new Impl(context));
}

template <class Impl>
void* factoryIfNamed(const char* requested, void* serviceManager) {
    if (Impl::implementationName().equalsAscii(requested) && serviceManager) {
        uno::Reference<lang::XSingleComponentFactory> factory =
            cppu::createSingleComponentFactory(create<Impl>, Impl::implementationName(), Impl::serviceNames());
        factory->acquire();
        return factory.get();
    }
    return nullptr;
}

}  // namespace

extern "C" SAL_DLLPUBLIC_EXPORT void SAL_CALL component_getImplementationEnvironment(const char** envTypeName,
                                                                                    uno_Environment**) {
    *envTypeName = CPPU_CURRENT_LANGUAGE_BINDING_NAME;
}

extern "C" SAL_DLLPUBLIC_EXPORT void* SAL_CALL component_getFactory(const char* implName, void* serviceManager,
                                                                    void*) {
    if (void* f = factoryIfNamed<svarbrev::component::Dispatcher>(implName, serviceManager)) return f;
    if (void* f = factoryIfNamed<svarbrev::component::OptionsHandler>(implName, serviceManager)) return f;
    return factoryIfNamed<svarbrev::component::SvarbrevService>(implName, serviceManager);
}
