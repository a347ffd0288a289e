// SPDX-License-Identifier: Apache-2.0
// A plain shared library: no Qt plugin metadata. The registry must skip it.
extern "C" int passerelle_test_not_a_plugin()
{
    return 42;
}
