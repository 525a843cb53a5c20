import Foundation
import NIOCore
import NIOPosix
import NIOSSL
import PostgresNIO

/// PostgresNIO's and SwiftNIO's errors → one ``PostgresStoreError`` each, by SQLSTATE for the
/// server's and by kind for the connection's. Never `String(describing:)` of a library error:
/// those are written for developers (and `PSQLError`'s hides the server's message on purpose).
enum PostgresErrorMapping {
    static func storeError(_ error: any Error, location: PostgresLocation, connectTimeout: Double?) -> PostgresStoreError {
        let server = location.isUnixSocket ? location.socketPath : location.server
        if let error = error as? PostgresStoreError { return error.onServer(server) }
        if error is PostgresSession.ConnectionClosed { return .connectionLost(server: server) }
        guard let error = error as? PSQLError else {
            return connectionError(error, location: location, connectTimeout: connectTimeout)
        }
        switch error.code {
        case .server:
            return serverError(sqlState: error.serverInfo?[.sqlState] ?? "",
                               message: error.serverInfo?[.message] ?? "", location: location)
        case .connectionError:
            return connectionError(error.underlying, location: location, connectTimeout: connectTimeout)
        case .authMechanismRequiresPassword:
            return .passwordRequired(user: location.user, server: server)
        case .sslUnsupported:
            return .other(server: server, message: "sslmode=\(location.sslMode.rawValue): the server does not offer TLS (SSL)")
        case .failedToAddSSLHandler, .receivedUnencryptedDataAfterSSLRequest:
            return .other(server: server, message: "TLS (SSL) could not be set up")
        case .unsupportedAuthMechanism:
            return .other(server: server, message: "the server asks for an authentication method theodoi does not support (use scram-sha-256 or md5)")
        case .saslError:
            return .authenticationFailed(user: location.user, server: server)
        case .serverClosedConnection, .clientClosedConnection, .uncleanShutdown:
            return .connectionLost(server: server)
        case .queryCancelled:
            return .other(server: server, message: "the statement was cancelled")
        case .tooManyParameters:
            return .other(server: server, message: "too many parameters in one statement")
        default:
            return .other(server: server, message: "unexpected reply from the server (\(error.code.description))")
        }
    }

    /// The server's error by its SQLSTATE (PostgreSQL's appendix A).
    static func serverError(sqlState: String, message: String, location: PostgresLocation) -> PostgresStoreError {
        let server = location.isUnixSocket ? location.socketPath : location.server
        switch sqlState {
        case "28P01":
            return .authenticationFailed(user: location.user, server: server)
        case "28000":
            // pg_hba.conf's refusal says who and from where: worth showing as it is.
            if message.hasPrefix("no pg_hba.conf entry") || message.contains("pg_hba") {
                return .other(server: server, message: PostgresStoreError.printable(message))
            }
            return .authenticationFailed(user: location.user, server: server)
        case "3D000":
            return .databaseMissing(database: location.database, server: server)
        case "42501":
            return .permissionDenied(user: location.user, detail: PostgresStoreError.printable(message))
        case "25006":
            // A write in a READ ONLY transaction (or on a hot standby).
            return .permissionDenied(user: location.user, detail: PostgresStoreError.printable(message))
        case "40001", "40P01":
            return .serializationFailure(server: server, sqlState: sqlState)
        case "57P01", "57P02", "08000", "08003", "08006":
            // terminated by an administrator, crash of another backend, connection failures.
            return .connectionLost(server: server)
        default:
            return .other(server: server, message: PostgresStoreError.printable(message.isEmpty ? "SQLSTATE \(sqlState)" : message))
        }
    }

    /// Could not connect, or the connection broke: by what the socket said.
    static func connectionError(_ underlying: (any Error)?, location: PostgresLocation,
                                connectTimeout: Double?) -> PostgresStoreError {
        let server = location.isUnixSocket ? location.socketPath : location.server
        switch underlying {
        case let error as ChannelError:
            if case .connectTimeout(let amount) = error {
                return .unreachable(server: server, reason: .timeout(seconds: connectTimeout ?? Double(amount.nanoseconds) / 1e9))
            }
            return .connectionLost(server: server)
        case let error as NIOConnectionError:
            if error.connectionErrors.isEmpty, error.dnsAError != nil || error.dnsAAAAError != nil {
                return .unreachable(server: server, reason: .unknownHost)
            }
            if let first = error.connectionErrors.first?.error {
                return connectionError(first, location: location, connectTimeout: connectTimeout)
            }
            return .unreachable(server: server, reason: .unknownHost)
        case let error as IOError:
            switch error.errnoCode {
            case ECONNREFUSED:
                return .unreachable(server: server, reason: .refused)
            case ENOENT where location.isUnixSocket:
                return .unreachable(server: server, reason: .socketMissing(path: location.socketPath))
            case ETIMEDOUT:
                return .unreachable(server: server, reason: .timeout(seconds: connectTimeout ?? 0))
            case ECONNRESET, EPIPE:
                return .connectionLost(server: server)
            default:
                return .unreachable(server: server, reason: .system(String(cString: strerror(error.errnoCode))))
            }
        case is NIOSSLError:
            return .other(server: server, message: "TLS (SSL) failed: the server's certificate was refused or the handshake broke")
        case is SocketAddressError:
            return .unreachable(server: server, reason: .unknownHost)
        default:
            return .unreachable(server: server, reason: .system("connection failed"))
        }
    }
}
