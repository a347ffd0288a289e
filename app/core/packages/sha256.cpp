// SPDX-License-Identifier: Apache-2.0
#include "packages/sha256.h"

#include <nettle/sha2.h>

namespace Passerelle {

struct Sha256::State
{
    sha256_ctx context;
};

Sha256::Sha256() : m_state(std::make_unique<State>())
{
    sha256_init(&m_state->context);
}

Sha256::~Sha256() = default;

void Sha256::add(QByteArrayView data)
{
    sha256_update(&m_state->context, size_t(data.size()), reinterpret_cast<const uint8_t *>(data.data()));
}

QByteArray Sha256::result()
{
    QByteArray digest(SHA256_DIGEST_SIZE, Qt::Uninitialized);
    sha256_digest(&m_state->context, SHA256_DIGEST_SIZE, reinterpret_cast<uint8_t *>(digest.data()));
    return digest;
}

QByteArray Sha256::of(QByteArrayView data)
{
    Sha256 hash;
    hash.add(data);
    return hash.result();
}

} // namespace Passerelle
